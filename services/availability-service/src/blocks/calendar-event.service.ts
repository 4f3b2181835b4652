import type { EventChangedData } from '@calbridge/contracts';
import type { Db } from '../db/db.ts';
import { loadRoomContext } from '../rooms/room-context.ts';
import { lockRooms } from '../rooms/room-lock.ts';
import { type BlockRow, findEventBlocksForUpdate } from './block.repository.ts';
import { settleBlock, sourceOf } from './block.service.ts';
import { decideBlock } from './block-decision.ts';
import { blockIdOf } from './block-id.ts';
import { compareEventVersions } from './event-version.ts';

/**
 * Applies one calendar event to every room its calendar is linked to; rooms that dropped out of `roomIds` lost
 * their link, so their blocks are released as `calendar_unlinked`.
 */
export async function applyCalendarEvent(db: Db, change: EventChangedData, envelopePartnerId: string): Promise<void> {
  await lockRooms(db, change.roomIds);
  const rows = await findEventBlocksForUpdate(db, change.calendarId, change.event.id);
  const byRoom = new Map(rows.map((row) => [row.room_id, row]));
  const roomIds = new Set(change.roomIds);
  for (const roomId of roomIds) await applyToRoom(db, change, roomId, byRoom.get(roomId), envelopePartnerId);
  for (const row of rows) {
    if (roomIds.has(row.room_id) || !row.linked) continue;
    await settleBlock(db, row, sourceOf(row, { linked: false }), { blocks: false, reason: 'calendar_unlinked' });
  }
}

async function applyToRoom(
  db: Db,
  change: EventChangedData,
  roomId: string,
  previous: BlockRow | undefined,
  envelopePartnerId: string,
): Promise<void> {
  const { event } = change;
  if (previous) {
    const order = compareEventVersions(previous.event, event);
    // A repeat still counts when it brings the room's link back.
    if (order === 'older' || (order === 'same' && previous.linked)) return;
  }
  const room = await loadRoomContext(db, roomId, event.timeZone);
  const decision = decideBlock(event, previous?.event, room.rules, room.timezone);
  const source = {
    id: blockIdOf(roomId, change.calendarId, event.id),
    partner_id: room.partnerId ?? envelopePartnerId,
    room_id: roomId,
    integration_id: change.integrationId,
    calendar_id: change.calendarId,
    event_id: event.id,
    event: JSON.stringify(event),
    linked: true,
    // Any change of the event ends a manual override (spec §5).
    overridden: false,
  };
  await settleBlock(db, previous, source, decision);
}
