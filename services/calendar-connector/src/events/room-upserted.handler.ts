import { type EventHandler, refuse } from '@calbridge/messaging';
import { ownDb } from '../db/db.ts';
import { queueRoomBookings } from '../outbound/outbound-queue.repository.ts';
import { upsertRoom } from '../rooms/room.repository.ts';

/** Learns the room's name and time zone; a rename or a new time zone re-renders its future events. */
export const onRoomUpserted: EventHandler<'RoomUpserted'> = async (trx, event) => {
  const db = ownDb(trx);
  const { room } = event.data;
  if (room.partnerId !== event.partnerid) return refuse(event, `room ${room.id} is sent for another partner`);
  const { refused, eventsChanged } = await upsertRoom(db, room);
  if (eventsChanged) await queueRoomBookings(db, room.id);
  return refuse(event, refused);
};
