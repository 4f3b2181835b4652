import type { EmulatorDeps } from '../app/emulator-deps.ts';
import type { CalendarRecord } from '../calendars/calendar.model.ts';
import type { StoredEvent } from '../events/event.model.ts';

/** Appends one change-log entry covering `events`, stamps them with its sequence number and wakes push channels. */
export function recordChange(deps: EmulatorDeps, calendar: CalendarRecord, events: StoredEvent[]): void {
  const log = calendar.changeLog;
  const seq = log.seq + 1;
  const at = deps.clock.now();
  log.seq = seq;
  log.entries.push({ seq, at, eventIds: events.map((event) => event.id) });
  for (const event of events) {
    event.seq = seq;
    calendar.events.set(event.id, event);
  }
  calendar.updated = at;
  deps.push.calendarChanged(calendar);
}
