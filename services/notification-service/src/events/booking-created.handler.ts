import { type EventHandler, refuse } from '@calbridge/messaging';
import { z } from 'zod';
import { upsertBooking } from '../bookings/booking.repository.ts';
import { ownDb } from '../db/db.ts';
import { recordNotifications } from '../notifications/notification.repository.ts';
import { findSettings } from '../settings/settings.repository.ts';
import { foreignPartnerReason } from './event-partner.ts';

const emailAddress = z.email();

/**
 * Learns the booking, and records the customer's confirmation e-mail when the partner turned confirmations on and
 * the booking has an address. Only the address and the booking's time, room and language are kept for it.
 */
export const onBookingCreated: EventHandler<'BookingCreated'> = async (trx, event) => {
  const db = ownDb(trx);
  const { booking } = event.data;
  const foreign = foreignPartnerReason(event.partnerid, booking.partnerId);
  if (foreign) return refuse(event, foreign);
  await upsertBooking(db, booking);
  const email = booking.customer.email?.trim();
  if (!email) return;
  const settings = await findSettings(db, booking.partnerId);
  if (!settings?.customer_confirmations) return;
  await recordNotifications(db, [
    {
      partnerId: booking.partnerId,
      eventId: event.id,
      trigger: 'booking_confirmation',
      channel: 'email',
      recipient: email,
      context: {
        bookingId: booking.id,
        roomId: booking.roomId,
        start: booking.start,
        end: booking.end,
        status: booking.status,
        ...(booking.language ? { language: booking.language } : {}),
        ...(booking.externalRef ? { externalRef: booking.externalRef } : {}),
      },
      ...(emailAddress.safeParse(email).success ? {} : { failure: 'the booking has no valid e-mail address' }),
    },
  ]);
};
