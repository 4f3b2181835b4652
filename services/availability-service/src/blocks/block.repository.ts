import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../db/db.ts';
import type { BlockTable } from './block.table.ts';

export type BlockRow = Selectable<BlockTable>;
export type NewBlockRow = Insertable<BlockTable>;

/** Every room's row for one calendar event, locked: EventChanged for one event is applied one at a time. */
export function findEventBlocksForUpdate(db: Db, calendarId: string, eventId: string): Promise<BlockRow[]> {
  return db
    .selectFrom('blocks')
    .selectAll()
    .where('calendar_id', '=', calendarId)
    .where('event_id', '=', eventId)
    .orderBy('id')
    .forUpdate()
    .execute();
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
 * Saves an applied block and, in the same round trip, finds the active bookings whose start lies in it (the
 * conflicts of spec §5); this runs once per applied calendar event, so round trips are what it costs.
 */
export async function saveAppliedBlock(db: Db, row: NewBlockRow & { start_at: Date; end_at: Date }): Promise<string[]> {
  const values = { ...row, changed_at: new Date() };
  const bookings = await db
    .with('saved', (query) =>
      query
        .insertInto('blocks')
        .values(values)
        .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
        .returning('id'),
    )
    .selectFrom('bookings')
    .select('id')
    .where('room_id', '=', row.room_id)
    .where('status', '!=', 'cancelled')
    .where('start_at', '>=', row.start_at)
    .where('start_at', '<', row.end_at)
    .orderBy('start_at')
    .execute();
  return bookings.map((booking) => booking.id);
}
