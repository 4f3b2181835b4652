import { z } from 'zod';
import { envelopeOf } from '../envelope.ts';
import { entityIdSchema, googleIdSchema, partnerIdSchema } from '../schemas/identifiers.schema.ts';

// Published once per booking/block pair, so it carries no version.
export const conflictDetectedDataSchema = z.looseObject({
  partnerId: partnerIdSchema,
  roomId: entityIdSchema,
  bookingId: entityIdSchema,
  blockId: entityIdSchema,
  eventId: googleIdSchema,
});

export type ConflictDetectedData = z.infer<typeof conflictDetectedDataSchema>;

export const conflictDetectedEventSchema = envelopeOf('ConflictDetected', conflictDetectedDataSchema);

export type ConflictDetectedEvent = z.infer<typeof conflictDetectedEventSchema>;
