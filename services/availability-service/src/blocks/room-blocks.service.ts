import type { Db } from '../db/db.ts';
import { loadRoomContext } from '../rooms/room-context.ts';
import { findLinkedRoomBlocksForUpdate } from './block.repository.ts';
import { settleBlock, sourceOf } from './block.service.ts';
import { decideBlock } from './block-decision.ts';

/**
 * Re-decides every calendar event of a room after its rules, time zone or owner changed: all-day blocks move to the
 * new local days, events that no longer match are released and newly matching ones applied. Overridden blocks stay
 * released: their events did not change.
 */
export async function reevaluateRoomBlocks(db: Db, roomId: string): Promise<void> {
  const rows = await findLinkedRoomBlocksForUpdate(db, roomId);
  if (rows.length === 0) return;
  const known = await loadRoomContext(db, roomId);
  for (const row of rows) {
    const room = known.known ? known : await loadRoomContext(db, roomId, row.event.timeZone);
    const decision = decideBlock(row.event, undefined, room.rules, room.timezone);
    await settleBlock(db, row, sourceOf(row, { partner_id: room.partnerId ?? row.partner_id }), decision);
  }
}
