import { idField, lineTextField } from '@calbridge/http';
import { z } from 'zod';

// RFC 3339 with an offset (issue #4); the refine drops calendar-impossible values such as 2026-02-30.
export const instantField = z.iso
  .datetime({ offset: true, abort: true })
  .refine((value) => !Number.isNaN(Date.parse(value)), { message: 'Not a real date and time' })
  .describe('RFC 3339 date-time with an offset, e.g. 2026-12-01T18:00:00+01:00');

/** A one-line human label: trimmed, 1–200 characters, no control characters. */
export const labelField = lineTextField(200).min(1);

export const partnerIdField = idField
  .optional()
  .describe('Admins only: act for this partner (required when an admin creates). A partner token may only name itself');

export const idParams = z.strictObject({ id: idField });

export const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(255)
    .regex(/^[\x21-\x7e]+$/, { message: 'Must be 1–255 visible ASCII characters' })
    .optional()
    .describe('Retries with the same key and body replay the first response; a different body is 422'),
});
