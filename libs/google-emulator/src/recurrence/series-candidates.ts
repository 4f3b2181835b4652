import type { CalendarRecord } from '../calendars/calendar.model.ts';
import type { StoredEvent } from '../events/event.model.ts';
import { instantOf } from '../events/event-time.render.ts';
import type { ListCandidate } from '../sync/list-candidate.ts';
import { instanceId } from './instance-id.ts';
import { materializeInstance } from './instance-materialize.ts';
import { expandSeries, type Window } from './series-expander.ts';

const MAX_INSTANCES = 5000;

/** Instances of one series in `window`, each replaced by its stored exception when there is one. */
export function seriesCandidates(calendar: CalendarRecord, master: StoredEvent, window: Window): ListCandidate[] {
  const zone = calendar.timeZone;
  const candidate = (event: StoredEvent): ListCandidate => ({
    event,
    order: master.order,
    startMs: instantOf(event.content.start, zone),
    endMs: instantOf(event.content.end, zone),
  });
  if (master.content.recurrence === undefined) return [];
  return expandSeries(master, zone, window, MAX_INSTANCES).map((occurrence) => {
    const exception = calendar.events.get(instanceId(master.id, occurrence.originalStart));
    return candidate(exception ?? materializeInstance(master, occurrence));
  });
}
