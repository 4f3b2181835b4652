import { idField } from '@calbridge/http';
import { z } from 'zod';
import { languageOf, languages } from '../content/language.ts';

const partnerIdField = idField
  .optional()
  .describe('Admins only: the partner whose settings these are (required for admins). A partner may only name itself');

export const settingsInputSchema = z.strictObject({
  email: z.email().max(254).nullable().optional().describe('Where partner notifications are e-mailed; none if absent'),
  webhookUrl: z
    .string()
    .max(2_000)
    .nullable()
    .optional()
    .describe('https URL that receives signed JSON POSTs; none if absent. Its signing secret is shown once'),
  customerConfirmations: z.boolean().optional().describe('E-mail customers a confirmation of each new booking'),
  language: z
    .enum(languages)
    .optional()
    .describe('Language of the partner messages calbridge translates (restored Google events); English if absent'),
  partnerId: partnerIdField,
});

export const partnerQuerySchema = z.strictObject({ partnerId: partnerIdField });

export const settingsSchema = z.object({
  partnerId: z.uuid(),
  email: z.string().nullable(),
  webhookUrl: z.string().nullable(),
  customerConfirmations: z.boolean(),
  language: z.enum(languages),
  hasWebhookSecret: z.boolean(),
  webhookSecret: z
    .string()
    .optional()
    .describe('The signing secret, only in the answer that issued it: store it, it is never shown again'),
});

export const webhookSecretSchema = z.object({ webhookSecret: z.string() });

export interface SettingsRow {
  partner_id: string;
  email: string | null;
  webhook_url: string | null;
  webhook_secret: string | null;
  customer_confirmations: boolean;
  language: string;
}

export const presentSettings = (row: SettingsRow) => ({
  partnerId: row.partner_id,
  email: row.email,
  webhookUrl: row.webhook_url,
  customerConfirmations: row.customer_confirmations,
  language: languageOf(row.language),
  hasWebhookSecret: row.webhook_secret !== null,
});
