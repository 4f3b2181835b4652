import { z } from 'zod';
import { envelopeOf } from '../envelope.ts';
import { cancelledBookingSnapshotSchema } from '../schemas/booking-snapshot.schema.ts';

export const bookingCancelledDataSchema = z.looseObject({ booking: cancelledBookingSnapshotSchema });

export type BookingCancelledData = z.infer<typeof bookingCancelledDataSchema>;

export const bookingCancelledEventSchema = envelopeOf('BookingCancelled', bookingCancelledDataSchema);

export type BookingCancelledEvent = z.infer<typeof bookingCancelledEventSchema>;
