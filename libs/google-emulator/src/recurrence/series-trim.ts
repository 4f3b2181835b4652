import type { EmulatorDeps } from '../app/emulator-deps.ts';
import type { CalendarRecord } from '../calendars/calendar.model.ts';
import type { StoredEvent } from '../events/event.model.ts';
import { instantOf } from '../events/event-time.render.ts';
import { touchEvent } from '../events/event-touch.ts';
import { instanceId } from './instance-id.ts';
import { expandSeries } from './series-expander.ts';

/**
 * After a series changed its rule or times, exceptions whose original start is no longer an occurrence are
 * cancelled ("Changing all following instances resets any exceptions happening after the target instance").
 * Google then reports them with their id and status only (reference §9, delete this-and-following fixture).
 */
export function trimOrphanedExceptions(
  deps: EmulatorDeps,
  calendar: CalendarRecord,
  master: StoredEvent,
): StoredEvent[] {
  const trimmed: StoredEvent[] = [];
  for (const event of calendar.events.values()) {
    if (event.recurringEventId !== master.id || event.originalStart === undefined || event.trimmed) continue;
    if (master.content.recurrence !== undefined && isOccurrence(master, calendar.timeZone, event)) continue;
    event.content = { ...event.content, status: 'cancelled' };
    event.trimmed = true;
    touchEvent(deps, event);
    trimmed.push(event);
  }
  return trimmed;
}

function isOccurrence(master: StoredEvent, zone: string, exception: StoredEvent): boolean {
  const at = instantOf(exception.originalStart ?? exception.content.start, zone);
  return expandSeries(master, zone, { from: at - 1, to: at + 1 }, 3).some(
    (occurrence) => instanceId(master.id, occurrence.originalStart) === exception.id,
  );
}
