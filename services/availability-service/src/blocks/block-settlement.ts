import type { BlockReleaseReason } from '@calbridge/contracts';
import type { BlockRow, NewBlockRow } from './block.repository.ts';
import type { BlockDecision } from './block-decision.ts';

/** A block row without its published state: what the latest event and link say. */
export type BlockSource = Omit<
  NewBlockRow,
  'active' | 'start_at' | 'end_at' | 'all_day' | 'release_reason' | 'version' | 'changed_at'
>;

/** The row to store and the transition to publish, if any. */
export interface Settlement {
  row: NewBlockRow;
  transition?: { applied: { start: Date; end: Date } } | { released: BlockReleaseReason };
}

/**
 * Moves a block to what `decision` says; only real transitions publish: applied (or moved) → BlockApplied,
 * active → released → BlockReleased. Anything else just stores the new snapshot, so repeats publish nothing.
 * Pure, so a chunk of events can be decided in memory one after another and written at once.
 */
export function settle(previous: BlockRow | undefined, source: BlockSource, decision: BlockDecision): Settlement {
  const { changed_at: _, ...held } = previous ?? {};
  const kept: NewBlockRow = {
    active: false,
    start_at: null,
    end_at: null,
    all_day: false,
    release_reason: null,
    version: 0,
    overridden: false,
    ...held,
    ...source,
  };
  if (source.overridden) return { row: kept };
  if (decision.blocks) {
    const unchanged =
      previous?.active &&
      previous.start_at?.getTime() === decision.start.getTime() &&
      previous.end_at?.getTime() === decision.end.getTime() &&
      previous.all_day === decision.allDay;
    if (unchanged) return { row: kept };
    const { start, end, allDay } = decision;
    const applied = { active: true, start_at: start, end_at: end, all_day: allDay, release_reason: null };
    return { row: { ...kept, ...applied, version: kept.version + 1 }, transition: { applied: { start, end } } };
  }
  if (!previous?.active) return { row: kept };
  const released = { ...kept, active: false, release_reason: decision.reason, version: kept.version + 1 };
  return { row: released, transition: { released: decision.reason } };
}

/** The row's source fields, ready to store again. */
export function sourceOf(row: BlockRow, changes: Partial<BlockSource> = {}): BlockSource {
  const { id, partner_id, room_id, integration_id, calendar_id, event_id, linked, overridden } = row;
  const source = { id, partner_id, room_id, integration_id, calendar_id, event_id, linked, overridden };
  return { ...source, event: JSON.stringify(row.event), ...changes };
}

/** The row as a later decision in the same transaction sees it: as it reads back from the database. */
export function heldRow(row: NewBlockRow): BlockRow {
  const event = JSON.parse(row.event);
  return { ...row, event, overridden: row.overridden ?? false, changed_at: new Date() } as BlockRow;
}
