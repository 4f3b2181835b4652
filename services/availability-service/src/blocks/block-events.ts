import { type BlockReleaseReason, createEvent } from '@calbridge/contracts';
import { serviceName } from '../service-name.ts';
import type { NewBlockRow } from './block.repository.ts';

type PublishedBlock = Pick<
  NewBlockRow,
  'id' | 'partner_id' | 'room_id' | 'integration_id' | 'calendar_id' | 'event_id' | 'all_day' | 'version'
>;

export function blockAppliedEvent(block: PublishedBlock, start: Date, end: Date, conflicts: string[]) {
  return createEvent('BlockApplied', {
    source: serviceName,
    subject: block.id,
    partnerId: block.partner_id,
    data: {
      block: {
        id: block.id,
        partnerId: block.partner_id,
        roomId: block.room_id,
        start: start.toISOString(),
        end: end.toISOString(),
        allDay: block.all_day,
        source: { integrationId: block.integration_id, calendarId: block.calendar_id, eventId: block.event_id },
        version: block.version,
      },
      conflicts,
    },
  });
}

export function blockReleasedEvent(block: PublishedBlock, reason: BlockReleaseReason) {
  return createEvent('BlockReleased', {
    source: serviceName,
    subject: block.id,
    partnerId: block.partner_id,
    data: {
      block: { id: block.id, partnerId: block.partner_id, roomId: block.room_id, version: block.version },
      reason,
    },
  });
}
