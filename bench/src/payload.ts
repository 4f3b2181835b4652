import { randomUUID } from 'node:crypto';
import { createEvent, type RoomUpsertedEvent } from '@calbridge/contracts';

export const messageBytes = 1024;
const partnerId = randomUUID();
// Room ids are uuids in every event (the contracts refuse any other id); still 64 rooms, so 64 keys.
const roomIds = Array.from({ length: 64 }, () => randomUUID());

/** A real contract event padded to ~1 KB on the wire, spread over 64 rooms (keys). */
export function benchEvent(index: number): RoomUpsertedEvent {
  const roomId = roomIds[index % 64] as string;
  const base = createEvent('RoomUpserted', {
    source: 'bench',
    subject: roomId,
    partnerId,
    data: { room: { id: roomId, partnerId, name: '', timezone: 'Europe/Warsaw' } },
  });
  base.data.room.name = 'x'.repeat(Math.max(1, messageBytes - JSON.stringify(base).length));
  return base;
}
