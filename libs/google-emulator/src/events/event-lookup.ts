import type { CalendarRecord } from '../calendars/calendar.model.ts';
import { instanceId, parseInstanceId } from '../recurrence/instance-id.ts';
import { materializeInstance } from '../recurrence/instance-materialize.ts';
import { expandSeries } from '../recurrence/series-expander.ts';
import type { StoredEvent } from './event.model.ts';
import { instantOf } from './event-time.render.ts';

export interface FoundEvent {
  event: StoredEvent;
  /** False for an instance of a series that has no stored exception yet. */
  stored: boolean;
  master?: StoredEvent;
}

/** Finds a stored event, or an instance of a recurring event by its `<master>_<originalStart>` id. */
export function lookupEvent(calendar: CalendarRecord, id: string): FoundEvent | undefined {
  const stored = calendar.events.get(id);
  if (stored !== undefined) {
    const master = stored.recurringEventId === undefined ? undefined : calendar.events.get(stored.recurringEventId);
    return { event: stored, stored: true, ...(master === undefined ? {} : { master }) };
  }
  const parsed = parseInstanceId(id);
  const master = parsed === undefined ? undefined : calendar.events.get(parsed.masterId);
  if (parsed === undefined || master?.content.recurrence === undefined) return undefined;
  const at = instantOf(parsed.originalStart, calendar.timeZone);
  const occurrence = expandSeries(master, calendar.timeZone, { from: at - 1, to: at + 1 }, 3).find(
    (candidate) => instanceId(master.id, candidate.originalStart) === id,
  );
  if (occurrence === undefined) return undefined;
  return { event: materializeInstance(master, occurrence), stored: false, master };
}
