import { createEvent } from '@calbridge/contracts';
import { enqueueEvents } from '@calbridge/messaging';
import { sql } from 'kysely';
import type { Db } from '../db/db.ts';
import { serviceName } from '../service-name.ts';

export interface ConflictPair {
  partnerId: string;
  roomId: string;
  bookingId: string;
  blockId: string;
  eventId: string;
}

/** Publishes ConflictDetected for the pairs not reported before; whichever side arrived first, a pair is reported once. */
export async function reportConflicts(db: Db, pairs: ConflictPair[]): Promise<void> {
  const fresh = await recordConflicts(db, pairs);
  await enqueueEvents(db, fresh.map(conflictDetectedEvent));
}

/**
 * Records the pairs in one round trip and returns those seen for the first time, once each, in the given order:
 * only these are reported.
 */
export async function recordConflicts(db: Db, pairs: ConflictPair[]): Promise<ConflictPair[]> {
  if (pairs.length === 0) return [];
  const keyOf = (bookingId: string, blockId: string) => `${bookingId}\u0000${blockId}`;
  const unique = [...new Map(pairs.map((pair) => [keyOf(pair.bookingId, pair.blockId), pair])).values()];
  const { rows } = await sql<{ booking_id: string; block_id: string }>`
    insert into block_conflicts (booking_id, block_id)
    select * from unnest(${unique.map((pair) => pair.bookingId)}::uuid[], ${unique.map((pair) => pair.blockId)}::uuid[])
    on conflict do nothing
    returning booking_id, block_id`.execute(db);
  const unseen = new Set(rows.map((row) => keyOf(row.booking_id, row.block_id)));
  // delete(): a pair found twice in one chunk (a block applied, then moved) is reported at its first sighting.
  return pairs.filter((pair) => unseen.delete(keyOf(pair.bookingId, pair.blockId)));
}

export function conflictDetectedEvent(pair: ConflictPair) {
  const data = { ...pair };
  return createEvent('ConflictDetected', {
    source: serviceName,
    subject: pair.blockId,
    partnerId: pair.partnerId,
    data,
  });
}
