import type { EventChangedData } from '@calbridge/contracts';
import type { Db } from '../db/db.ts';
import { loadRoomContexts, type RoomContext } from '../rooms/room-context.ts';
import { lockRooms } from '../rooms/room-lock.ts';
import { type BlockRow, findEventBlocksForUpdate } from './block.repository.ts';
import { settleBlocks } from './block.service.ts';
import { decideBlock } from './block-decision.ts';
import { blockIdOf } from './block-id.ts';
import { heldRow, type Settlement, settle, sourceOf } from './block-settlement.ts';
import { compareEventVersions } from './event-version.ts';

export interface CalendarEventChange {
  change: EventChangedData;
  /** The envelope's partner: the block's owner until RoomUpserted names the room's. */
  partnerId: string;
}

type RoomContexts = (roomId: string, guessedTimezone?: string) => RoomContext;

/**
 * Applies calendar events in order, each to every room its calendar is linked to; rooms that dropped out of
 * `roomIds` lost their link, so their blocks are released as `calendar_unlinked`. A whole chunk costs a constant
 * number of round trips: every room is locked and read, every row involved locked and read at once, then each
 * event is decided in memory against the rows as the events before it left them (exactly as if delivered one by
 * one), and the outcome is written at once.
 */
export async function applyCalendarEvents(db: Db, changes: CalendarEventChange[]): Promise<void> {
  const roomIds = changes.flatMap(({ change }) => change.roomIds);
  await lockRooms(db, roomIds);
  const contexts = await loadRoomContexts(db, roomIds);
  const keys = changes.map(({ change }) => ({ calendarId: change.calendarId, eventId: change.event.id }));
  // Per calendar event, its rows by block id, as the events decided so far left them.
  const held = new Map<string, Map<string, BlockRow>>();
  const rowsOf = (calendarId: string, eventId: string) => {
    const key = JSON.stringify([calendarId, eventId]);
    const rows = held.get(key) ?? new Map<string, BlockRow>();
    held.set(key, rows);
    return rows;
  };
  for (const row of await findEventBlocksForUpdate(db, keys)) rowsOf(row.calendar_id, row.event_id).set(row.id, row);
  const settlements: Settlement[] = [];
  for (const change of changes) {
    const rows = rowsOf(change.change.calendarId, change.change.event.id);
    for (const settlement of decideCalendarEvent(change, [...rows.values()], contexts)) {
      settlements.push(settlement);
      rows.set(settlement.row.id, heldRow(settlement.row));
    }
  }
  await settleBlocks(db, settlements);
}

function decideCalendarEvent(
  { change, partnerId }: CalendarEventChange,
  held: BlockRow[],
  contexts: RoomContexts,
): Settlement[] {
  // In id order, as the database hands them out.
  const rows = held.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byRoom = new Map(rows.map((row) => [row.room_id, row]));
  const roomIds = new Set(change.roomIds);
  const settlements: Settlement[] = [];
  for (const roomId of roomIds) {
    const settlement = decideForRoom(change, roomId, byRoom.get(roomId), partnerId, contexts);
    if (settlement) settlements.push(settlement);
  }
  for (const row of rows) {
    if (roomIds.has(row.room_id) || !row.linked) continue;
    settlements.push(settle(row, sourceOf(row, { linked: false }), { blocks: false, reason: 'calendar_unlinked' }));
  }
  return settlements;
}

function decideForRoom(
  change: EventChangedData,
  roomId: string,
  previous: BlockRow | undefined,
  envelopePartnerId: string,
  contexts: RoomContexts,
): Settlement | undefined {
  const { event } = change;
  if (previous) {
    const order = compareEventVersions(previous.event, event);
    // A repeat still counts when it brings the room's link back.
    if (order === 'older' || (order === 'same' && previous.linked)) return undefined;
  }
  const room = contexts(roomId, event.timeZone);
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
  return settle(previous, source, decision);
}
