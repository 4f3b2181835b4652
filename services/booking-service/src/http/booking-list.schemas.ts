import { z } from 'zod';
import { bookingSchema } from './booking.schemas.ts';
import { cursorField, instantField, limitField, partnerIdField } from './field.schemas.ts';

export const bookingListQuery = z.strictObject({
  roomId: z.uuid().optional(),
  from: instantField.optional().describe('Only bookings that end after this instant'),
  to: instantField.optional().describe('Only bookings that start before this instant'),
  status: z
    .string()
    .regex(/^(pending_payment|confirmed|cancelled)(,(pending_payment|confirmed|cancelled))*$/, {
      message: 'One or more of pending_payment, confirmed, cancelled, comma-separated',
    })
    .optional(),
  limit: limitField,
  cursor: cursorField,
  partnerId: partnerIdField,
});

export const bookingPageSchema = z.object({ items: z.array(bookingSchema), nextCursor: z.string().nullable() });
