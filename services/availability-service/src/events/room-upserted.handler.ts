import type { EventHandler } from '@calbridge/messaging';
import { refuse } from '@calbridge/messaging';
import { reevaluateRoomBlocks } from '../blocks/room-blocks.service.ts';
import { ownDb } from '../db/db.ts';
import { upsertRoom } from '../rooms/room.repository.ts';
import { lockRoom } from '../rooms/room-lock.ts';
import { foreignRoomReason } from '../rooms/room-owner.ts';

/**
 * Learns the room, its partner and time zone; blocks already held for it are re-decided when either changed. A
 * snapshot that gives a known room another owner, or is sent for another partner, is refused: booking-service never
 * moves a room, so it can only be a bug or a forgery, and taking it would hand the room to that partner.
 */
export const onRoomUpserted: EventHandler<'RoomUpserted'> = async (trx, event) => {
  const db = ownDb(trx);
  const { room } = event.data;
  const misaddressed = foreignRoomReason(room.id, room.partnerId, event.partnerid);
  if (misaddressed) return refuse(event, misaddressed);
  await lockRoom(db, room.id);
  const { changed, previous } = await upsertRoom(db, room);
  if (!changed) return refuse(event, foreignRoomReason(room.id, previous?.partner_id, room.partnerId));
  if (previous === undefined || previous.timezone !== room.timezone) await reevaluateRoomBlocks(db, room.id);
};
