import { z } from 'zod';
import { envelopeOf } from '../envelope.ts';
import { bookingSnapshotSchema } from '../schemas/booking-snapshot.schema.ts';

export const bookingUpdatedDataSchema = z.looseObject({
  booking: bookingSnapshotSchema,
  changed: z
    .array(z.string().min(1))
    .optional()
    .describe('Names of the booking fields this update changed; a hint only, the snapshot is authoritative'),
});

export type BookingUpdatedData = z.infer<typeof bookingUpdatedDataSchema>;

export const bookingUpdatedEventSchema = envelopeOf('BookingUpdated', bookingUpdatedDataSchema);

export type BookingUpdatedEvent = z.infer<typeof bookingUpdatedEventSchema>;
