import type { Db } from '../db/db.ts';
import { loadRoomContexts } from '../rooms/room-context.ts';
import { findLinkedRoomBlocksForUpdate } from './block.repository.ts';
import { settleBlocks } from './block.service.ts';
import { decideBlock } from './block-decision.ts';
import { settle, sourceOf } from './block-settlement.ts';

/**
 * Re-decides every calendar event of a room after its rules, time zone or owner changed: all-day blocks move to the
 * new local days, events that no longer match are released and newly matching ones applied. Overridden blocks stay
 * released: their events did not change.
 */
export async function reevaluateRoomBlocks(db: Db, roomId: string): Promise<void> {
  const rows = await findLinkedRoomBlocksForUpdate(db, roomId);
  if (rows.length === 0) return;
  const contexts = await loadRoomContexts(db, [roomId]);
  const settlements = rows.map((row) => {
    const room = contexts(roomId, row.event.timeZone);
    const decision = decideBlock(row.event, undefined, room.rules, room.timezone);
    return settle(row, sourceOf(row, { partner_id: room.partnerId ?? row.partner_id }), decision);
  });
  await settleBlocks(db, settlements);
}
