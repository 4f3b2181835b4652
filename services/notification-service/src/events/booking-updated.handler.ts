import { type EventHandler, refuse } from '@calbridge/messaging';
import { upsertBooking } from '../bookings/booking.repository.ts';
import { ownDb } from '../db/db.ts';
import { foreignPartnerReason } from './event-partner.ts';

/** Keeps the booking's time current for conflict messages; a change is not notified. */
export const onBookingUpdated: EventHandler<'BookingUpdated'> = async (trx, event) => {
  const { booking } = event.data;
  const foreign = foreignPartnerReason(event.partnerid, booking.partnerId);
  if (foreign) return refuse(event, foreign);
  await upsertBooking(ownDb(trx), booking);
};
