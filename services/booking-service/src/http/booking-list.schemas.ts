import { idField, orderedWindow, pageQueryFields, pageSchema } from '@calbridge/http';
import { z } from 'zod';
import { bookingSchema } from './booking.schemas.ts';
import { instantField, partnerIdField } from './field.schemas.ts';

export const bookingListQuery = z
  .strictObject({
    roomId: idField.optional(),
    from: instantField.optional().describe('Only bookings that end after this instant'),
    to: instantField.optional().describe('Only bookings that start before this instant'),
    status: z
      .string()
      .regex(/^(pending_payment|confirmed|cancelled)(,(pending_payment|confirmed|cancelled))*$/, {
        message: 'One or more of pending_payment, confirmed, cancelled, comma-separated',
      })
      .optional(),
    ...pageQueryFields,
    partnerId: partnerIdField,
  })
  .superRefine(orderedWindow);

export const bookingPageSchema = pageSchema(bookingSchema);
