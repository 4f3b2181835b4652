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
