import type { CalendarRecord } from '../calendars/calendar.model.ts';
import type { StoredEvent } from '../events/event.model.ts';
import { instantOf } from '../events/event-time.render.ts';
import { instanceId } from '../recurrence/instance-id.ts';
import { materializeInstance } from '../recurrence/instance-materialize.ts';
import { materializeRemovedInstance } from '../recurrence/removed-instance.materialize.ts';
import { expandSeries, type Window } from '../recurrence/series-expander.ts';
import type { ListCandidate } from './list-candidate.ts';

const MAX_INSTANCES_PER_SERIES = 5000;

/**
 * Without singleEvents: stored events as they are (series, single events, exceptions), lazily and already in the
 * default order, so a first page never touches the rest of a large calendar. With singleEvents: series expanded
 * into instances over `window`, exceptions in place of their instances, instances a change of the series removed
 * as cancelled ones (seen only where cancelled entries are), the series themselves left out.
 */
export function* buildCandidates(
  calendar: CalendarRecord,
  singleEvents: boolean,
  window: Window,
): Generator<ListCandidate> {
  const zone = calendar.timeZone;
  for (const event of calendar.events.values()) {
    if (!singleEvents) {
      yield candidateOf(
        event,
        event.order,
        zone,
        event.content.recurrence === undefined ? undefined : series(event, zone),
      );
      continue;
    }
    const master = event.recurringEventId === undefined ? undefined : calendar.events.get(event.recurringEventId);
    if (event.content.recurrence !== undefined) {
      for (const occurrence of expandSeries(event, zone, window, MAX_INSTANCES_PER_SERIES)) {
        if (calendar.events.has(instanceId(event.id, occurrence.originalStart))) continue;
        yield candidateOf(materializeInstance(event, occurrence), event.order, zone);
      }
    } else {
      yield candidateOf(listedException(event, master), master?.order ?? event.order, zone);
    }
    // Also once the event stopped recurring altogether: its former instances are gone too.
    for (const removed of event.removedInstances ?? [])
      yield candidateOf(materializeRemovedInstance(event, removed), event.order, zone);
  }
}

function candidateOf(event: StoredEvent, order: number, zone: string, overlaps?: ListCandidate['seriesOverlaps']) {
  const candidate: ListCandidate = {
    event,
    order,
    startMs: instantOf(event.content.start, zone),
    endMs: instantOf(event.content.end, zone),
  };
  if (overlaps !== undefined) candidate.seriesOverlaps = overlaps;
  return candidate;
}

const series = (master: StoredEvent, zone: string) => (from: number, to: number) =>
  expandSeries(master, zone, { from, to }, 1).length > 0;

/**
 * An exception of a deleted series is gone with it. Expanded, an exception cut off by trimming its series is a
 * cancelled instance like its plain neighbours, so it keeps recurringEventId and originalStartTime.
 */
function listedException(event: StoredEvent, master: StoredEvent | undefined): StoredEvent {
  const { trimmed: _trimmed, ...listed } = event;
  if (master?.content.status !== 'cancelled') return event.trimmed ? listed : event;
  return { ...listed, seq: Math.max(event.seq, master.seq), content: { ...event.content, status: 'cancelled' } };
}
