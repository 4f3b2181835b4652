import { createEvent, type RoomUpsertedEvent } from '@calbridge/contracts';
import { serviceName } from '../service-name.ts';
import type { Room } from './room.ts';

export function roomUpserted(room: Room): RoomUpsertedEvent {
  return createEvent('RoomUpserted', {
    source: serviceName,
    subject: room.id,
    partnerId: room.partnerId,
    data: { room },
  });
}
