import type { CalbridgeEvent } from '@calbridge/contracts';
import { enqueueEvents } from '@calbridge/messaging';
import { type ConflictPair, conflictDetectedEvent, recordConflicts } from '../conflicts/conflict.service.ts';
import type { Db } from '../db/db.ts';
import { saveBlocksFindConflicts } from './block.repository.ts';
import { blockAppliedEvent, blockReleasedEvent } from './block-events.ts';
import type { Settlement } from './block-settlement.ts';

/**
 * Writes settlements decided one after another, as if each had been written on its own: the last row of each block
 * is stored, every applied interval is checked for conflicts, and BlockApplied (with its conflicts), ConflictDetected
 * (once per pair, at its first sighting) and BlockReleased are published in the order they happened. However many
 * settlements, that is three round trips at most: rows and conflicts, new conflict pairs, outbox.
 */
export async function settleBlocks(db: Db, settlements: Settlement[]): Promise<void> {
  const finalRows = new Map(settlements.map(({ row }) => [row.id, row]));
  const applies = settlements.flatMap(({ row, transition }) =>
    transition && 'applied' in transition ? [{ row, ...transition.applied }] : [],
  );
  const conflicts = await saveBlocksFindConflicts(
    db,
    [...finalRows.values()],
    applies.map(({ row, start, end }) => ({ roomId: row.room_id, start, end })),
  );
  const pairsOf = applies.map(({ row }, index): ConflictPair[] =>
    (conflicts[index] ?? []).map((bookingId) => ({
      partnerId: row.partner_id,
      roomId: row.room_id,
      bookingId,
      blockId: row.id,
      eventId: row.event_id,
    })),
  );
  const fresh = new Set(await recordConflicts(db, pairsOf.flat()));
  const events: CalbridgeEvent[] = [];
  let applied = 0;
  for (const { row, transition } of settlements) {
    if (!transition) continue;
    if ('released' in transition) {
      events.push(blockReleasedEvent(row, transition.released));
      continue;
    }
    const pairs = pairsOf[applied] ?? [];
    events.push(blockAppliedEvent(row, transition.applied.start, transition.applied.end, conflicts[applied] ?? []));
    events.push(...pairs.filter((pair) => fresh.has(pair)).map(conflictDetectedEvent));
    applied += 1;
  }
  await enqueueEvents(db, events);
}
