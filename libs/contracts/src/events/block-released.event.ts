import { z } from 'zod';
import { envelopeOf } from '../envelope.ts';
import { aggregateVersionSchema, entityIdSchema, partnerIdSchema } from '../schemas/identifiers.schema.ts';

export const blockReleaseReasonSchema = z.enum([
  'event_deleted',
  'event_moved',
  'no_longer_blocking',
  'manual_override',
  'calendar_unlinked',
]);

export type BlockReleaseReason = z.infer<typeof blockReleaseReasonSchema>;

export const blockReleasedDataSchema = z.looseObject({
  block: z.looseObject({
    id: entityIdSchema,
    partnerId: partnerIdSchema,
    roomId: entityIdSchema,
    version: aggregateVersionSchema,
  }),
  reason: blockReleaseReasonSchema,
});

export type BlockReleasedData = z.infer<typeof blockReleasedDataSchema>;

export const blockReleasedEventSchema = envelopeOf('BlockReleased', blockReleasedDataSchema);

export type BlockReleasedEvent = z.infer<typeof blockReleasedEventSchema>;
