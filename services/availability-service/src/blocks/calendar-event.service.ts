import type { EventChangedData } from '@calbridge/contracts';
import type { Refusal } from '@calbridge/messaging';
import type { Db } from '../db/db.ts';
import { loadRoomContexts, type RoomContext } from '../rooms/room-context.ts';
import { lockRooms } from '../rooms/room-lock.ts';
import { foreignRoomReason, samePartner } from '../rooms/room-owner.ts';
import { type BlockRow, findEventBlocksForUpdate } from './block.repository.ts';
import { settleBlocks } from './block.service.ts';
import { decideBlock } from './block-decision.ts';
import { blockIdOf } from './block-id.ts';
import { heldRow, type Settlement, settle, sourceOf } from './block-settlement.ts';
import { compareEventVersions } from './event-version.ts';

export interface CalendarEventChange {
  /** The envelope's id, naming the event when a room in it is refused. */
  eventId: string;
  change: EventChangedData;
  /** The envelope's partner: it acts on its own rooms, and on rooms not yet announced by RoomUpserted. */
  partnerId: string;
}

type RoomContexts = (roomId: string, guessedTimezone?: string) => RoomContext;

/**
 * Applies calendar events in order, each to every room its calendar is linked to; rooms that dropped out of
 * `roomIds` lost their link, so their blocks are released as `calendar_unlinked`. A whole chunk costs a constant
 * number of round trips: every room is locked and read, every row involved locked and read at once, then each
 * event is decided in memory against the rows as the events before it left them (exactly as if delivered one by
 * one), and the outcome is written at once. Rooms of another partner are left alone and refused (dead-lettered).
 */
export async function applyCalendarEvents(db: Db, changes: CalendarEventChange[]): Promise<Refusal[]> {
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
  const refusals: Refusal[] = [];
  for (const change of changes) {
    const rows = rowsOf(change.change.calendarId, change.change.event.id);
    const decided = decideCalendarEvent(change, [...rows.values()], contexts);
    for (const settlement of decided.settlements) {
      settlements.push(settlement);
      rows.set(settlement.row.id, heldRow(settlement.row));
    }
    refusals.push(...decided.refused.map((reason) => ({ eventId: change.eventId, reason })));
  }
  await settleBlocks(db, settlements);
  return refusals;
}

function decideCalendarEvent(
  { change, partnerId }: CalendarEventChange,
  held: BlockRow[],
  contexts: RoomContexts,
): { settlements: Settlement[]; refused: string[] } {
  // In id order, as the database hands them out.
  const rows = held.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byRoom = new Map(rows.map((row) => [row.room_id, row]));
  const roomIds = new Set(change.roomIds);
  const settlements: Settlement[] = [];
  const refused: string[] = [];
  for (const roomId of roomIds) {
    const room = contexts(roomId, change.event.timeZone);
    const foreign = foreignRoomReason(roomId, room.partnerId, partnerId);
    if (foreign) refused.push(foreign);
    const settlement = foreign ? undefined : decideForRoom(change, byRoom.get(roomId), partnerId, room);
    if (settlement) settlements.push(settlement);
  }
  for (const row of rows) {
    // Another partner may link the same Google calendar: its rooms are not this event's to unlink.
    if (roomIds.has(row.room_id) || !row.linked || !samePartner(row.partner_id, partnerId)) continue;
    settlements.push(settle(row, sourceOf(row, { linked: false }), { blocks: false, reason: 'calendar_unlinked' }));
  }
  return { settlements, refused };
}

function decideForRoom(
  change: EventChangedData,
  previous: BlockRow | undefined,
  partnerId: string,
  room: RoomContext,
): Settlement | undefined {
  const { roomId } = room;
  const { event } = change;
  if (previous) {
    const order = compareEventVersions(previous.event, event);
    // A repeat still counts when it brings the room's link back.
    if (order === 'older' || (order === 'same' && previous.linked)) return undefined;
  }
  const decision = decideBlock(event, previous?.event, room.rules, room.timezone);
  const source = {
    id: blockIdOf(roomId, change.calendarId, event.id),
    // The room's owner or, until the room is known, the event's partner: the same partner either way.
    partner_id: room.partnerId ?? partnerId,
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
