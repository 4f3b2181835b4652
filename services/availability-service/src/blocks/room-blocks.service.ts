import type { Db } from '../db/db.ts';
import { loadRoomContexts } from '../rooms/room-context.ts';
import { samePartner } from '../rooms/room-owner.ts';
import { findLinkedRoomBlocksForUpdate } from './block.repository.ts';
import { settleBlocks } from './block.service.ts';
import { decideBlock } from './block-decision.ts';
import { settle, sourceOf } from './block-settlement.ts';

/**
 * Re-decides every calendar event of a room once it is announced, or its rules or time zone changed: all-day blocks move to the
 * new local days, events that no longer match are released and newly matching ones applied. Overridden blocks stay
 * released: their events did not change. Blocks that another partner's calendar placed on the room before the room
 * was known are released as unlinked: that calendar never was the owner's to link.
 */
export async function reevaluateRoomBlocks(db: Db, roomId: string): Promise<void> {
  const rows = await findLinkedRoomBlocksForUpdate(db, roomId);
  if (rows.length === 0) return;
  const contexts = await loadRoomContexts(db, [roomId]);
  const settlements = rows.map((row) => {
    const room = contexts(roomId, row.event.timeZone);
    if (room.partnerId !== undefined && !samePartner(room.partnerId, row.partner_id))
      return settle(row, sourceOf(row, { linked: false }), { blocks: false, reason: 'calendar_unlinked' });
    const decision = decideBlock(row.event, undefined, room.rules, room.timezone);
    return settle(row, sourceOf(row), decision);
  });
  await settleBlocks(db, settlements);
}
