import type { CalendarRecord } from '../calendars/calendar.model.ts';
import type { StoredEvent } from '../events/event.model.ts';
import { instanceId } from './instance-id.ts';
import { expandSeries, type Occurrence } from './series-expander.ts';

const MAX_INSTANCES = 5000;

export type SeriesOccurrences = Map<string, Occurrence>;

/** The series' occurrences from its start up to `horizon`, by instance id; none once it stops recurring. */
export function occurrencesOf(master: StoredEvent, zone: string, horizon: number): SeriesOccurrences {
  const byId: SeriesOccurrences = new Map();
  if (master.content.recurrence === undefined) return byId;
  for (const occurrence of expandSeries(master, zone, { from: Number.NEGATIVE_INFINITY, to: horizon }, MAX_INSTANCES))
    byId.set(instanceId(master.id, occurrence.originalStart), occurrence);
  return byId;
}

/**
 * After a series' rule or times changed (trimmed with UNTIL, COUNT lowered, start moved, recurrence dropped): notes
 * the plain instances that existed `before` and are gone now, so an expanded incremental list can report each as a
 * cancelled instance (reference §9: with singleEvents "deleted … single instances" are returned). Stored exceptions
 * are left to series-trim.ts; an instance the series produces again leaves the list. Call after the change is
 * recorded, so `master.seq` and `master.etag` are the change's.
 */
export function noteRemovedInstances(
  calendar: CalendarRecord,
  master: StoredEvent,
  before: SeriesOccurrences,
  horizon: number,
): void {
  const after = occurrencesOf(master, calendar.timeZone, horizon);
  const gone = [...before].filter(([id]) => !after.has(id) && !calendar.events.has(id));
  const goneIds = new Set(gone.map(([id]) => id));
  const kept = (master.removedInstances ?? []).filter((removed) => !after.has(removed.id) && !goneIds.has(removed.id));
  const added = gone.map(([id, occurrence]) => ({
    id,
    originalStart: occurrence.originalStart,
    end: occurrence.end,
    seq: master.seq,
    etag: master.etag,
  }));
  const removedInstances = [...kept, ...added];
  if (removedInstances.length > 0) master.removedInstances = removedInstances;
  else delete master.removedInstances;
}
