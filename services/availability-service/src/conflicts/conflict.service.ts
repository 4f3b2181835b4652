import { createEvent } from '@calbridge/contracts';
import { enqueueEvent } from '@calbridge/messaging';
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
  if (pairs.length === 0) return;
  const fresh = await db
    .insertInto('block_conflicts')
    .values(pairs.map((pair) => ({ booking_id: pair.bookingId, block_id: pair.blockId })))
    .onConflict((conflict) => conflict.doNothing())
    .returning(['booking_id', 'block_id'])
    .execute();
  const isFresh = new Set(fresh.map((row) => `${row.booking_id}\u0000${row.block_id}`));
  for (const pair of pairs) {
    if (!isFresh.has(`${pair.bookingId}\u0000${pair.blockId}`)) continue;
    const data = { ...pair };
    await enqueueEvent(
      db,
      createEvent('ConflictDetected', { source: serviceName, subject: pair.blockId, partnerId: pair.partnerId, data }),
    );
  }
}
