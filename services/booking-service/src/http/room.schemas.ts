import { timeZoneSchema } from '@calbridge/contracts';
import { pageQueryFields, pageSchema } from '@calbridge/http';
import { z } from 'zod';
import { labelField, partnerIdField } from './field.schemas.ts';

export const roomSchema = z
  .object({ id: z.uuid(), partnerId: z.uuid(), name: z.string(), timezone: z.string(), version: z.int() })
  .meta({ id: 'Room' });

export const newRoomSchema = z.strictObject({ name: labelField, timezone: timeZoneSchema, partnerId: partnerIdField });

export const roomChangesSchema = z
  .strictObject({ name: labelField.optional(), timezone: timeZoneSchema.optional() })
  .refine((changes) => changes.name !== undefined || changes.timezone !== undefined, {
    message: 'Send name, timezone or both',
  });

export const roomListQuery = z.strictObject({ ...pageQueryFields, partnerId: partnerIdField });

export const roomPageSchema = pageSchema(roomSchema);
