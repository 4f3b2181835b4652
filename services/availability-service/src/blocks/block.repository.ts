import { type Insertable, type Selectable, sql } from 'kysely';
import type { Db } from '../db/db.ts';
import type { BlockTable } from './block.table.ts';

export type BlockRow = Selectable<BlockTable>;
export type NewBlockRow = Insertable<BlockTable>;

/**
 * Every room's row for each of the calendar events, locked: EventChanged for one event is applied one at a time.
 * One round trip for a whole chunk of events.
 */
export async function findEventBlocksForUpdate(
  db: Db,
  events: { calendarId: string; eventId: string }[],
): Promise<BlockRow[]> {
  if (events.length === 0) return [];
  const { rows } = await sql<BlockRow>`
    select b.* from blocks b
    where (b.calendar_id, b.event_id) in (
      select * from unnest(${events.map((key) => key.calendarId)}::text[], ${events.map((key) => key.eventId)}::text[]))
    order by b.id
    for update of b`.execute(db);
  return rows;
}

export function findBlockForUpdate(db: Db, roomId: string, blockId: string): Promise<BlockRow | undefined> {
  return db
    .selectFrom('blocks')
    .selectAll()
    .where('room_id', '=', roomId)
    .where('id', '=', blockId)
    .forUpdate()
    .executeTakeFirst();
}

/** The rows a change of the room's rules or time zone re-evaluates. */
export function findLinkedRoomBlocksForUpdate(db: Db, roomId: string): Promise<BlockRow[]> {
  return db
    .selectFrom('blocks')
    .selectAll()
    .where('room_id', '=', roomId)
    .where('linked', '=', true)
    .where('overridden', '=', false)
    .orderBy('id')
    .forUpdate()
    .execute();
}

export async function saveBlock(db: Db, row: NewBlockRow): Promise<void> {
  const values = { ...row, changed_at: new Date() };
  await db
    .insertInto('blocks')
    .values(values)
    .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
    .execute();
}

/**
 * Saves the final rows and, in the same round trip, finds for each applied interval the active bookings whose
 * start lies in it (the conflicts of spec §5), in start order: a chunk of calendar events costs one statement here.
 */
export async function saveBlocksFindConflicts(
  db: Db,
  rows: NewBlockRow[],
  applied: { roomId: string; start: Date; end: Date }[],
): Promise<string[][]> {
  if (rows.length === 0 && applied.length === 0) return [];
  const column = <Key extends keyof NewBlockRow>(key: Key) => rows.map((row) => row[key] ?? null);
  const { rows: found } = await sql<{ position: string; booking_id: string }>`
    with saved as (
      insert into blocks (id, partner_id, room_id, integration_id, calendar_id, event_id, event, linked, active,
        start_at, end_at, all_day, release_reason, overridden, version, changed_at)
      select r.id, r.partner_id, r.room_id, r.integration_id, r.calendar_id, r.event_id, e.value::jsonb, r.linked,
        r.active, r.start_at, r.end_at, r.all_day, r.release_reason, r.overridden, r.version, ${new Date()}::timestamptz
      from unnest(${column('id')}::uuid[], ${column('partner_id')}::uuid[], ${column('room_id')}::uuid[],
        ${column('integration_id')}::uuid[], ${column('calendar_id')}::text[], ${column('event_id')}::text[],
        ${column('linked')}::boolean[], ${column('active')}::boolean[], ${column('start_at')}::timestamptz[],
        ${column('end_at')}::timestamptz[], ${column('all_day')}::boolean[], ${column('release_reason')}::text[],
        ${column('overridden')}::boolean[], ${column('version')}::integer[])
        with ordinality as r(id, partner_id, room_id, integration_id, calendar_id, event_id, linked, active, start_at,
          end_at, all_day, release_reason, overridden, version, position)
      -- The snapshots, already JSON text, as one json array: a jsonb[] parameter escapes every quote in them.
      join json_array_elements(${`[${rows.map((row) => row.event).join(',')}]`}::json)
        with ordinality as e(value, position) using (position)
      on conflict (id) do update set partner_id = excluded.partner_id, room_id = excluded.room_id,
        integration_id = excluded.integration_id, calendar_id = excluded.calendar_id, event_id = excluded.event_id,
        event = excluded.event, linked = excluded.linked, active = excluded.active, start_at = excluded.start_at,
        end_at = excluded.end_at, all_day = excluded.all_day, release_reason = excluded.release_reason,
        overridden = excluded.overridden, version = excluded.version, changed_at = excluded.changed_at
      returning 1
    )
    select a.position, b.id as booking_id
    from unnest(${applied.map((interval) => interval.roomId)}::uuid[],
      ${applied.map((interval) => interval.start)}::timestamptz[], ${applied.map((interval) => interval.end)}::timestamptz[])
      with ordinality as a(room_id, start_at, end_at, position)
    join bookings b on b.room_id = a.room_id and b.status <> 'cancelled'
      and b.start_at >= a.start_at and b.start_at < a.end_at
    order by a.position, b.start_at, b.id`.execute(db);
  const conflicts = applied.map((): string[] => []);
  for (const { position, booking_id } of found) conflicts[Number(position) - 1]?.push(booking_id);
  return conflicts;
}
