import type { PartnerScope } from '@calbridge/http';
import { enqueueEvent } from '@calbridge/messaging';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { bookingNotFound } from '../errors/booking-problems.ts';
import { findBooking, saveBooking } from './booking.repository.ts';
import type { Booking } from './booking.ts';
import { bookingCancelled } from './booking-events.ts';

/**
 * Cancels the booking, which frees its time (the overlap rule ignores cancelled bookings). Cancelling a cancelled
 * booking answers it as it is: cancelling is naturally idempotent, and no second event is published.
 */
export async function cancelBooking(trx: Kysely<Database>, scope: PartnerScope, id: string): Promise<Booking> {
  const current = await findBooking(trx, scope, id, { forUpdate: true });
  if (!current) throw bookingNotFound();
  if (current.status === 'cancelled') return current;
  const saved = await saveBooking(trx, { ...current, status: 'cancelled', version: current.version + 1 });
  await enqueueEvent(trx, bookingCancelled({ ...saved, status: 'cancelled' }));
  return saved;
}
