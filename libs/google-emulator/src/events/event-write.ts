import type { EmulatorDeps } from '../app/emulator-deps.ts';
import type { CalendarRecord } from '../calendars/calendar.model.ts';
import { recordChange } from '../sync/record-change.ts';
import { createStoredEvent } from './event.factory.ts';
import type { EventContent, StoredEvent } from './event.model.ts';
import type { FoundEvent } from './event-lookup.ts';
import { touchEvent } from './event-touch.ts';

const timing = (content: EventContent) => JSON.stringify([content.start, content.end, content.recurrence]);

/**
 * Stores new content for an event. Writing an instance of a series creates its exception, and Google reports the
 * series itself as changed too (reference §9: "the master (with new updated/etag)").
 */
export function writeEvent(
  deps: EmulatorDeps,
  calendar: CalendarRecord,
  found: FoundEvent,
  content: EventContent,
): StoredEvent {
  const bump = timing(found.event.content) === timing(content) ? 0 : 1;
  let event = found.event;
  if (found.stored) {
    event.content = content;
    event.sequence += bump;
    event.trimmed = undefined;
    touchEvent(deps, event);
  } else {
    event = createStoredEvent(deps, calendar, {
      id: found.event.id,
      content,
      creator: found.event.creator,
      sequence: found.event.sequence + bump,
      ...(found.event.recurringEventId === undefined ? {} : { recurringEventId: found.event.recurringEventId }),
      ...(found.event.originalStart === undefined ? {} : { originalStart: found.event.originalStart }),
    });
    event.created = found.event.created;
  }
  const changed = [event];
  if (found.master !== undefined) {
    touchEvent(deps, found.master);
    changed.push(found.master);
  }
  recordChange(deps, calendar, changed);
  return event;
}
