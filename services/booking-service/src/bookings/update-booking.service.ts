import type { PartnerScope } from '@calbridge/http';
import { enqueueEvent } from '@calbridge/messaging';
import type { Kysely } from 'kysely';
import { findBlockAt } from '../blocks/block.repository.ts';
import type { Database } from '../db/database.ts';
import { bookingCancelled, bookingNotFound, invalidStatusTransition, slotBlocked } from '../errors/booking-problems.ts';
import { findBooking, saveBooking } from './booking.repository.ts';
import type { Booking } from './booking.ts';
import { applyDetails, type BookingDetails } from './booking-details.ts';
import { bookingUpdated } from './booking-events.ts';
import { assertValidInterval } from './booking-interval.ts';
import { changedFields } from './changed-fields.ts';

/**
 * Reschedules, confirms / marks paid, or changes details. A change that changes nothing answers the booking as it
 * is, without a new version or event.
 */
export async function updateBooking(
  trx: Kysely<Database>,
  scope: PartnerScope,
  id: string,
  details: BookingDetails,
): Promise<Booking> {
  const current = await findBooking(trx, scope, id, { forUpdate: true });
  if (!current) throw bookingNotFound();
  if (current.status === 'cancelled') throw bookingCancelled();
  // Payment is confirmed once; a confirmed booking never goes back to waiting for it.
  if (current.status === 'confirmed' && details.status === 'pending_payment') {
    throw invalidStatusTransition(current.status, details.status);
  }
  const next = applyDetails(current, details);
  const changed = changedFields(current, next);
  if (changed.length === 0) return current;
  if (changed.includes('start') || changed.includes('end')) assertValidInterval(next.start, next.end);
  if (changed.includes('start')) {
    const blockId = await findBlockAt(trx, next.roomId, next.start);
    if (blockId) throw slotBlocked(blockId);
  }
  const saved = await saveBooking(trx, { ...next, version: current.version + 1 });
  await enqueueEvent(trx, bookingUpdated(saved, changed));
  return saved;
}
