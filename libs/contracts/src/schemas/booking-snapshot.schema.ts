import { z } from 'zod';
import { isAfter } from './chronology.ts';
import { aggregateVersionSchema, entityIdSchema, partnerIdSchema } from './identifiers.schema.ts';
import { instantSchema } from './instant.schema.ts';
import { priceSchema } from './price.schema.ts';

export const bookingStatusSchema = z.enum(['pending_payment', 'confirmed', 'cancelled']);

export type BookingStatus = z.infer<typeof bookingStatusSchema>;

const bookingShape = {
  id: entityIdSchema,
  partnerId: partnerIdSchema,
  roomId: entityIdSchema,
  start: instantSchema,
  end: instantSchema,
  status: bookingStatusSchema,
  paidOnline: z.boolean(),
  name: z.string(),
  customer: z.looseObject({ email: z.string().optional(), phone: z.string().optional() }),
  price: priceSchema.optional(),
  participants: z.int().nonnegative().optional(),
  language: z.string().optional(),
  notes: z.string().optional(),
  externalRef: z.string().optional(),
  version: aggregateVersionSchema,
};

const endAfterStart = { message: 'Invalid end: must be after start', path: ['end'] };

// Full snapshot, never a diff (spec §3).
export const bookingSnapshotSchema = z
  .looseObject(bookingShape)
  .refine((booking) => isAfter(booking.start, booking.end), endAfterStart);

export type BookingSnapshot = z.infer<typeof bookingSnapshotSchema>;

export const cancelledBookingSnapshotSchema = z
  .looseObject({ ...bookingShape, status: z.literal('cancelled') })
  .refine((booking) => isAfter(booking.start, booking.end), endAfterStart);

export type CancelledBookingSnapshot = z.infer<typeof cancelledBookingSnapshotSchema>;
