import { enqueueEvent } from '@calbridge/messaging';
import { reportConflicts } from '../conflicts/conflict.service.ts';
import type { Db } from '../db/db.ts';
import { type BlockRow, type NewBlockRow, saveAppliedBlock, saveBlock } from './block.repository.ts';
import type { BlockDecision } from './block-decision.ts';
import { blockAppliedEvent, blockReleasedEvent } from './block-events.ts';

/** A block row without its published state: what the latest event and link say. */
export type BlockSource = Omit<
  NewBlockRow,
  'active' | 'start_at' | 'end_at' | 'all_day' | 'release_reason' | 'version'
>;

/**
 * Moves a block to what `decision` says and publishes only real transitions: applied (or moved) → BlockApplied with
 * its conflicts, active → released → BlockReleased. Anything else just stores the new snapshot, so repeats publish
 * nothing.
 */
export async function settleBlock(
  db: Db,
  previous: BlockRow | undefined,
  source: BlockSource,
  decision: BlockDecision,
): Promise<void> {
  const kept: NewBlockRow = {
    active: false,
    start_at: null,
    end_at: null,
    all_day: false,
    release_reason: null,
    version: 0,
    ...previous,
    ...source,
  };
  if (source.overridden) return saveBlock(db, kept);
  if (decision.blocks) {
    const unchanged =
      previous?.active &&
      previous.start_at?.getTime() === decision.start.getTime() &&
      previous.end_at?.getTime() === decision.end.getTime() &&
      previous.all_day === decision.allDay;
    if (unchanged) return saveBlock(db, kept);
    const { start, end, allDay } = decision;
    const applied = { ...kept, active: true, start_at: start, end_at: end, all_day: allDay, release_reason: null };
    return apply(db, { ...applied, version: kept.version + 1 }, start, end);
  }
  if (!previous?.active) return saveBlock(db, kept);
  const released = { ...kept, active: false, release_reason: decision.reason, version: kept.version + 1 };
  await saveBlock(db, released);
  await enqueueEvent(db, blockReleasedEvent(released, decision.reason));
}

/** The row's source fields, ready to store again. */
export function sourceOf(row: BlockRow, changes: Partial<BlockSource> = {}): BlockSource {
  const { id, partner_id, room_id, integration_id, calendar_id, event_id, linked, overridden } = row;
  const source = { id, partner_id, room_id, integration_id, calendar_id, event_id, linked, overridden };
  return { ...source, event: JSON.stringify(row.event), ...changes };
}

async function apply(db: Db, block: NewBlockRow, start: Date, end: Date): Promise<void> {
  const conflicts = await saveAppliedBlock(db, { ...block, start_at: start, end_at: end });
  await enqueueEvent(db, blockAppliedEvent(block, start, end, conflicts));
  const pair = { partnerId: block.partner_id, roomId: block.room_id, blockId: block.id, eventId: block.event_id };
  await reportConflicts(
    db,
    conflicts.map((bookingId) => ({ ...pair, bookingId })),
  );
}
