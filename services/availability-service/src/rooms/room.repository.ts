import type { RoomUpsertedData } from '@calbridge/contracts';
import type { Db } from '../db/db.ts';
import { forgetRoomContext } from '../db/transaction-memo.ts';
import { foreignRoomReason } from './room-owner.ts';

type RoomSnapshot = RoomUpsertedData['room'];

export function findRoom(db: Db, roomId: string) {
  return db.selectFrom('rooms').selectAll().where('id', '=', roomId).executeTakeFirst();
}

/**
 * Stores the snapshot unless a newer version is already held, or the room is known under another partner (rooms
 * never change owner: see room-owner.ts); returns the previous row, and whether the snapshot was stored.
 */
export async function upsertRoom(db: Db, room: RoomSnapshot) {
  forgetRoomContext(db, room.id);
  const previous = await db.selectFrom('rooms').selectAll().where('id', '=', room.id).forUpdate().executeTakeFirst();
  const stale = previous?.version != null && room.version !== undefined && room.version <= previous.version;
  if (stale || foreignRoomReason(room.id, previous?.partner_id, room.partnerId)) return { changed: false, previous };
  const row = {
    id: room.id,
    partner_id: room.partnerId,
    name: room.name,
    timezone: room.timezone,
    version: room.version ?? previous?.version ?? null,
  };
  await db
    .insertInto('rooms')
    .values(row)
    .onConflict((conflict) => conflict.column('id').doUpdateSet(row))
    .execute();
  return { changed: true, previous };
}
