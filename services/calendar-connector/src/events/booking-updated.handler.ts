import type { EventHandler } from '@calbridge/messaging';
import { ownDb } from '../db/db.ts';
import { onBookingChanged } from './booking-changed.ts';

export const onBookingUpdated: EventHandler<'BookingUpdated'> = (trx, event, message) =>
  onBookingChanged(ownDb(trx), event, event.data.booking, message);
