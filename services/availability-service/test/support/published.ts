import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import { expect } from '@jest/globals';
import type { AvailabilityService } from './availability-fixture.ts';
import { partnerId, roomUpserted } from './events.ts';

/** A room booking-service announced, with this file's partner unless told otherwise. */
export async function newRoom(service: AvailabilityService, timezone: string, partner = partnerId): Promise<string> {
  const roomId = randomUUID();
  await service.deliver(roomUpserted(roomId, timezone, { partner }));
  return roomId;
}

/** What a downstream consumer saw for the room: [type, block version, block start or release reason]. */
export function summary(service: AvailabilityService, roomId: string) {
  return service.publishedFor(roomId).map((event) => {
    const data = event.data as { block?: { version: number; start?: string }; reason?: string };
    return [event.type, data.block?.version, data.block?.start ?? data.reason ?? ''];
  });
}

export const waitForPublished = (service: AvailabilityService, roomId: string, count: number) =>
  eventually(() => expect(service.publishedFor(roomId).length).toBe(count));
