import { randomUUID } from 'node:crypto';
import { createEvent } from '@calbridge/contracts';

const source = { integrationId: randomUUID(), calendarId: 'cal@example.com', eventId: 'evt1' };

/** BlockApplied as availability-service publishes it. */
export function blockApplied(
  partnerId: string,
  roomId: string,
  id: string,
  version: number,
  interval: { start: string; end: string },
) {
  const block = { id, partnerId, roomId, ...interval, allDay: false, source, version };
  return createEvent('BlockApplied', {
    source: 'availability-service',
    subject: id,
    partnerId,
    data: { block, conflicts: [] },
  });
}

/** BlockReleased as availability-service publishes it. */
export function blockReleased(partnerId: string, roomId: string, id: string, version: number) {
  const block = { id, partnerId, roomId, version };
  const data = { block, reason: 'event_deleted' as const };
  return createEvent('BlockReleased', { source: 'availability-service', subject: id, partnerId, data });
}
