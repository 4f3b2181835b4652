import { randomUUID } from 'node:crypto';
import { createEvent, type RoomUpsertedEvent } from '@calbridge/contracts';

export const partnerId = randomUUID();

/** A RoomUpserted whose name carries the per-room version, so a reader can check order per key. */
export function roomEvent(roomId: string, version: number, padding = 0): RoomUpsertedEvent {
  const name = `v${version}`.padEnd(padding, '.');
  return createEvent('RoomUpserted', {
    source: 'messaging-test',
    subject: roomId,
    partnerId,
    data: { room: { id: roomId, partnerId, name, timezone: 'Europe/Warsaw' } },
  });
}

export const versionOf = (value: string): number => Number(/"name":"v(\d+)/.exec(value)?.[1]);
