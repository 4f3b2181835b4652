import { randomUUID } from 'node:crypto';
import type { PartnerScope } from '@calbridge/http';
import { enqueueEvent } from '@calbridge/messaging';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Booking } from './booking.ts';
import { applyDetails, type BookingDetails } from './booking-details.ts';
import { bookingCreated } from './booking-events.ts';
import { assertValidInterval } from './booking-interval.ts';
import { placeBooking } from './booking-placement.repository.ts';

export type NewBooking = BookingDetails & { roomId: string; start: string; end: string; name: string };

/**
 * Creates the booking and enqueues BookingCreated in the caller's transaction. The block check runs inside the
 * inserting statement: a block committed after it is serialised after the booking, and availability-service then
 * reports the pair as a conflict (spec §5), so nothing is lost.
 */
export async function createBooking(trx: Kysely<Database>, scope: PartnerScope, input: NewBooking): Promise<Booking> {
  assertValidInterval(input.start, input.end);
  const { roomId, start, end, name, ...details } = input;
  // The partner is the room's (an admin may book into any partner's room), so the insert fills it in.
  const draft: Omit<Booking, 'partnerId'> = {
    id: randomUUID(),
    roomId,
    start,
    end,
    status: 'confirmed',
    paidOnline: false,
    name,
    customer: {},
    version: 1,
  };
  const booking = await placeBooking(trx, scope, applyDetails(draft, details));
  await enqueueEvent(trx, bookingCreated(booking));
  return booking;
}
