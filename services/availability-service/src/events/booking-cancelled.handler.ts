import type { EventHandler } from '@calbridge/messaging';
import { refuse } from '@calbridge/messaging';
import { applyBooking } from '../bookings/booking.service.ts';
import { ownDb } from '../db/db.ts';

export const onBookingCancelled: EventHandler<'BookingCancelled'> = async (trx, event) =>
  refuse(event, await applyBooking(ownDb(trx), event.data.booking, event.partnerid));
