import { z } from 'zod';
import { envelopeOf } from '../envelope.ts';
import { bookingSnapshotSchema } from '../schemas/booking-snapshot.schema.ts';

export const bookingCreatedDataSchema = z.looseObject({ booking: bookingSnapshotSchema });

export type BookingCreatedData = z.infer<typeof bookingCreatedDataSchema>;

export const bookingCreatedEventSchema = envelopeOf('BookingCreated', bookingCreatedDataSchema);

export type BookingCreatedEvent = z.infer<typeof bookingCreatedEventSchema>;
