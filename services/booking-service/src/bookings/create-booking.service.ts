import { randomUUID } from 'node:crypto';
import { enqueueEvent } from '@calbridge/messaging';
import type { Kysely } from 'kysely';
import { findBlockAt } from '../blocks/block.repository.ts';
import type { Database } from '../db/database.ts';
import { bookingRoomMissing, slotBlocked } from '../errors/booking-problems.ts';
import { findRoom } from '../rooms/room.repository.ts';
import type { PartnerScope } from '../tenancy/partner-scope.ts';
import { insertBooking } from './booking.repository.ts';
import type { Booking } from './booking.ts';
import type { BookingDetails } from './booking-details.ts';
import { applyDetails } from './booking-details.ts';
import { bookingCreated } from './booking-events.ts';
import { assertValidInterval } from './booking-interval.ts';

export type NewBooking = BookingDetails & { roomId: string; start: string; end: string; name: string };

/** Creates the booking and enqueues BookingCreated in the caller's transaction. */
export async function createBooking(trx: Kysely<Database>, scope: PartnerScope, input: NewBooking): Promise<Booking> {
  assertValidInterval(input.start, input.end);
  const room = await findRoom(trx, scope, input.roomId);
  if (!room) throw bookingRoomMissing();
  // Checked inside the transaction that inserts: a block committed after this read is serialised after the
  // booking, and availability-service then reports the pair as a conflict (spec §5), so nothing is lost.
  const blockId = await findBlockAt(trx, room.id, input.start);
  if (blockId) throw slotBlocked(blockId);
  const { roomId, ...details } = input;
  const draft: Booking = {
    id: randomUUID(),
    partnerId: room.partnerId,
    roomId: room.id,
    start: input.start,
    end: input.end,
    status: 'confirmed',
    paidOnline: false,
    name: input.name,
    customer: {},
    version: 1,
  };
  const booking = await insertBooking(trx, applyDetails(draft, details));
  await enqueueEvent(trx, bookingCreated(booking));
  return booking;
}
