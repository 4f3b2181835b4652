import type { EmulatorDeps } from '../app/emulator-deps.ts';
import type { CalendarRecord } from '../calendars/calendar.model.ts';
import { noteRemovedInstances, occurrencesOf } from '../recurrence/series-removal.ts';
import { trimOrphanedExceptions } from '../recurrence/series-trim.ts';
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
  const retimed = timing(found.event.content) !== timing(content);
  const wasSeries = found.event.content.recurrence !== undefined;
  const horizon = deps.clock.now() + deps.controls.settings.recurrenceHorizonDays * 86_400_000;
  const before =
    found.stored && wasSeries && retimed ? occurrencesOf(found.event, calendar.timeZone, horizon) : undefined;
  const event = found.stored ? found.event : exceptionFor(deps, calendar, found, content);
  if (found.stored) {
    event.content = content;
    event.trimmed = undefined;
    touchEvent(deps, event);
  }
  // iCalendar SEQUENCE: bumped when the time of the event changes.
  if (retimed) event.sequence = found.event.sequence + 1;
  const changed = [event];
  if (found.master !== undefined) {
    touchEvent(deps, found.master);
    changed.push(found.master);
  }
  if (found.stored && wasSeries && retimed && content.status !== 'cancelled') {
    changed.push(...trimOrphanedExceptions(deps, calendar, event));
  }
  recordChange(deps, calendar, changed);
  if (before !== undefined) noteRemovedInstances(calendar, event, before, horizon);
  if (found.stored && (wasSeries || content.recurrence !== undefined)) event.instancesSeq = event.seq;
  return event;
}

function exceptionFor(deps: EmulatorDeps, calendar: CalendarRecord, found: FoundEvent, content: EventContent) {
  const exception = createStoredEvent(deps, calendar, {
    id: found.event.id,
    content,
    creator: found.event.creator,
    sequence: found.event.sequence,
    ...(found.event.recurringEventId === undefined ? {} : { recurringEventId: found.event.recurringEventId }),
    ...(found.event.originalStart === undefined ? {} : { originalStart: found.event.originalStart }),
  });
  exception.created = found.event.created;
  return exception;
}
