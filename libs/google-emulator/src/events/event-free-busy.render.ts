import type { StoredEvent } from './event.model.ts';
import { renderEventTime } from './event-time.render.ts';

/**
 * What a reader with "See only free/busy" sharing gets for an event: when it is and whether it blocks time, nothing
 * that describes it (no summary, description, location, colour, properties, guests).
 */
export function freeBusyView(event: StoredEvent, zone: string): Record<string, unknown> {
  const { content } = event;
  return {
    kind: 'calendar#event',
    etag: event.etag,
    id: event.id,
    status: content.status,
    start: renderEventTime(content.start, zone),
    end: renderEventTime(content.end, zone),
    ...(content.transparency === undefined ? {} : { transparency: content.transparency }),
  };
}
