import type { EventHandler } from '@calbridge/messaging';
import { reevaluateRoomBlocks } from '../blocks/room-blocks.service.ts';
import { ownDb } from '../db/db.ts';
import { upsertRoom } from '../rooms/room.repository.ts';
import { lockRoom } from '../rooms/room-lock.ts';

/** Learns the room, its partner and time zone; blocks already held for it are re-decided when either changed. */
export const onRoomUpserted: EventHandler<'RoomUpserted'> = async (trx, event) => {
  const db = ownDb(trx);
  const { room } = event.data;
  await lockRoom(db, room.id);
  const { changed, previous } = await upsertRoom(db, room);
  const moved = previous === undefined || previous.timezone !== room.timezone || previous.partner_id !== room.partnerId;
  if (changed && moved) await reevaluateRoomBlocks(db, room.id);
};
