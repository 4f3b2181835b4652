import type { PartnerScope } from '@calbridge/http';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { type Room, toRoom } from './room.ts';

export interface RoomChanges {
  name?: string;
  timezone?: string;
}

export async function insertRoom(trx: Kysely<Database>, room: Omit<Room, 'version'>): Promise<Room> {
  const row = await trx
    .insertInto('rooms')
    .values({ id: room.id, partner_id: room.partnerId, name: room.name, timezone: room.timezone, version: 1 })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRoom(row);
}

/** Applies the changes and bumps the version; undefined when the room is not in scope. */
export async function updateRoom(
  trx: Kysely<Database>,
  scope: PartnerScope,
  id: string,
  changes: RoomChanges,
): Promise<Room | undefined> {
  const row = await trx
    .updateTable('rooms')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .$if(scope !== undefined, (qb) => qb.where('partner_id', '=', scope as string))
    .returningAll()
    .executeTakeFirst();
  return row && toRoom(row);
}

export async function findRoom(db: Kysely<Database>, scope: PartnerScope, id: string): Promise<Room | undefined> {
  const row = await db
    .selectFrom('rooms')
    .selectAll()
    .where('id', '=', id)
    .$if(scope !== undefined, (qb) => qb.where('partner_id', '=', scope as string))
    .executeTakeFirst();
  return row && toRoom(row);
}

/** One page of rooms in id order, starting after `afterId`. */
export async function listRooms(
  db: Kysely<Database>,
  scope: PartnerScope,
  page: { limit: number; afterId?: string },
): Promise<Room[]> {
  const rows = await db
    .selectFrom('rooms')
    .selectAll()
    .$if(scope !== undefined, (qb) => qb.where('partner_id', '=', scope as string))
    .$if(page.afterId !== undefined, (qb) => qb.where('id', '>', page.afterId as string))
    .orderBy('id')
    .limit(page.limit)
    .execute();
  return rows.map(toRoom);
}
