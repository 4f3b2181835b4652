import { type EventHandler, refuse } from '@calbridge/messaging';
import { ownDb } from '../db/db.ts';
import { upsertRoom } from '../rooms/room.repository.ts';
import { foreignPartnerReason } from './event-partner.ts';

/** Learns the room's name and time zone, which messages about its bookings show. */
export const onRoomUpserted: EventHandler<'RoomUpserted'> = async (trx, event) => {
  const { room } = event.data;
  const foreign = foreignPartnerReason(event.partnerid, room.partnerId);
  if (foreign) return refuse(event, foreign);
  return refuse(event, await upsertRoom(ownDb(trx), room));
};
