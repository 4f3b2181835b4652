import { z } from 'zod';
import { envelopeOf } from '../envelope.ts';
import { aggregateVersionSchema, entityIdSchema, partnerIdSchema } from '../schemas/identifiers.schema.ts';

export const integrationStatusSchema = z.enum(['draft', 'authorized', 'active', 'inactive', 'needs_reauth', 'error']);

export type IntegrationStatus = z.infer<typeof integrationStatusSchema>;

export const integrationStatusChangedDataSchema = z.looseObject({
  integration: z.looseObject({
    id: entityIdSchema,
    partnerId: partnerIdSchema,
    name: z.string(),
    status: integrationStatusSchema,
    reason: z.string().optional(),
    version: aggregateVersionSchema.optional(),
  }),
});

export type IntegrationStatusChangedData = z.infer<typeof integrationStatusChangedDataSchema>;

export const integrationStatusChangedEventSchema = envelopeOf(
  'IntegrationStatusChanged',
  integrationStatusChangedDataSchema,
);

export type IntegrationStatusChangedEvent = z.infer<typeof integrationStatusChangedEventSchema>;
