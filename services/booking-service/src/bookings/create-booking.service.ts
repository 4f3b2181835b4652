import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Booking } from './booking.ts';
import { applyDetails, type BookingDetails } from './booking-details.ts';
import { bookingCreated } from './booking-events.ts';
import { assertValidInterval } from './booking-interval.ts';
import { placeBooking } from './booking-placement.repository.ts';

export type NewBooking = BookingDetails & { roomId: string; start: string; end: string; name: string };

/**
 * Creates the booking of `owner` (the room must be theirs) with its BookingCreated, in one statement, so `db` may be
 * the pool or a transaction. The block check runs inside the inserting statement: a block committed after it is
 * serialised after the booking, and availability-service then reports the pair as a conflict (spec §5), so nothing
 * is lost.
 */
export async function createBooking(db: Kysely<Database>, owner: string, input: NewBooking): Promise<Booking> {
  assertValidInterval(input.start, input.end);
  const { roomId, start, end, name, ...details } = input;
  // The snapshot is built before the insert, as the row will read back (instants in UTC, to the millisecond as
  // Postgres keeps them from a Date), so the response, the event and a later GET agree.
  const draft: Booking = {
    id: randomUUID(),
    partnerId: owner,
    roomId,
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    status: 'confirmed',
    paidOnline: false,
    name,
    customer: {},
    version: 1,
  };
  const booking = applyDetails(draft, details);
  await placeBooking(db, booking, [bookingCreated(booking)]);
  return booking;
}
