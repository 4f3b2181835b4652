import type { BatchEventHandler } from '@calbridge/messaging';
import { applyCalendarEvents } from '../blocks/calendar-event.service.ts';
import { ownDb } from '../db/db.ts';

/** Set-based: a chunk of calendar events costs a constant number of round trips (ADR 0005). */
export const onEventChanged: BatchEventHandler<'EventChanged'> = {
  batch: (trx, events) =>
    applyCalendarEvents(
      ownDb(trx),
      events.map((event) => ({
        eventId: event.id,
        // Room ids are uuids: in one case, so a room named in upper case is the same room with the same block ids.
        change: { ...event.data, roomIds: event.data.roomIds.map((roomId) => roomId.toLowerCase()) },
        partnerId: event.partnerid,
      })),
    ),
};
