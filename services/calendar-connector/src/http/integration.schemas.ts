import { idField, lineTextField, pageQueryFields, pageSchema } from '@calbridge/http';
import { z } from 'zod';
import { roomLinkSchema } from './room-link.schemas.ts';

const modeField = z.enum(['bidirectional', 'to_calendar', 'from_calendar']);
const dataScopeField = z.enum(['full', 'no_contact', 'name_only']);
const nameField = lineTextField(200).min(1);

export const partnerIdField = idField
  .optional()
  .describe('Admins only: act for this partner (required when an admin creates). A partner token may only name itself');

export const idParams = z.strictObject({ id: idField });

export const integrationSchema = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    name: z.string(),
    mode: modeField,
    dataScope: dataScopeField,
    auth: z.enum(['oauth', 'service_account']),
    status: z.enum(['draft', 'authorized', 'active', 'inactive', 'needs_reauth', 'error']),
    reason: z.string().optional(),
    serviceAccountEmail: z.string().optional().describe('auth service_account: share calendars with this address'),
    googleAccount: z.string().optional().describe('auth oauth: the connected Google account'),
    links: z.array(roomLinkSchema),
    lastSyncedAt: z.string().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Integration' });

export const newIntegrationSchema = z.strictObject({
  name: nameField,
  mode: modeField,
  dataScope: dataScopeField,
  auth: z.enum(['oauth', 'service_account']),
  partnerId: partnerIdField,
});

export const integrationChangesSchema = z
  .strictObject({ name: nameField.optional(), mode: modeField.optional(), dataScope: dataScopeField.optional() })
  .refine((changes) => Object.values(changes).some((value) => value !== undefined), {
    message: 'Send name, mode or dataScope',
  });

export const integrationListQuery = z.strictObject({ ...pageQueryFields, partnerId: partnerIdField });

export const integrationPageSchema = pageSchema(integrationSchema);
