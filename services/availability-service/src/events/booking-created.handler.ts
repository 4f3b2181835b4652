import type { EventHandler } from '@calbridge/messaging';
import { applyBooking } from '../bookings/booking.service.ts';
import { ownDb } from '../db/db.ts';

export const onBookingCreated: EventHandler<'BookingCreated'> = async (trx, event) => {
  await applyBooking(ownDb(trx), event.data.booking);
};
