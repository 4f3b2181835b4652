import type { Db } from '../db/db.ts';

export interface RoomSnapshot {
  id: string;
  partnerId: string;
  name: string;
  timezone: string;
  version?: number;
}

/**
 * Keeps the newest snapshot of a room. Answers what changed for the room's events, or why the snapshot was refused:
 * booking-service never gives a room another partner, so such a snapshot is a bug or a forgery.
 */
export async function upsertRoom(db: Db, room: RoomSnapshot): Promise<{ refused?: string; eventsChanged: boolean }> {
  const previous = await db.selectFrom('rooms').selectAll().where('id', '=', room.id).forUpdate().executeTakeFirst();
  if (previous && previous.partner_id !== room.partnerId) {
    return { refused: `room ${room.id} belongs to another partner`, eventsChanged: false };
  }
  const version = room.version ?? (previous?.version ?? 0) + 1;
  if (previous && previous.version >= version) return { eventsChanged: false };
  const values = { partner_id: room.partnerId, name: room.name, timezone: room.timezone, version };
  await db
    .insertInto('rooms')
    .values({ id: room.id, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
  const eventsChanged = previous !== undefined && (previous.name !== room.name || previous.timezone !== room.timezone);
  return { eventsChanged };
}
