import type { RoomUpsertedData } from '@calbridge/contracts';
import type { Db } from '../db/db.ts';

type RoomSnapshot = RoomUpsertedData['room'];

/**
 * Stores the snapshot unless a newer version is held; a room never changes owner, so a snapshot naming another
 * partner is not stored and its reason returned.
 */
export async function upsertRoom(db: Db, room: RoomSnapshot): Promise<string | undefined> {
  const previous = await db.selectFrom('rooms').selectAll().where('id', '=', room.id).forUpdate().executeTakeFirst();
  if (previous && previous.partner_id !== room.partnerId) return `room ${room.id} belongs to another partner`;
  if (previous?.version != null && room.version !== undefined && room.version <= previous.version) return undefined;
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
  return undefined;
}
