import type { CalendarRecord } from '../calendars/calendar.model.ts';
import type { StoredEvent } from './event.model.ts';

/**
 * Forgets deleted events, as Google does after a while ("Such cancelled events will eventually disappear",
 * reference §1.4): cancelled events, everything of a deleted series and the instances a series change removed.
 * Cancelled exceptions of a live series stay, since they hide their instance for the series' lifetime. Sync tokens
 * issued before a purge answer 410, because an incremental sync could no longer report the purged deletions.
 * Returns the forgotten ids.
 */
export function purgeTombstones(calendar: CalendarRecord): string[] {
  const purged = [...calendar.events.values()].filter((event) => isDeleted(calendar, event)).map((event) => event.id);
  for (const id of purged) calendar.events.delete(id);
  // Instances a change of their series removed hide nothing: they go like any deleted event.
  for (const series of calendar.events.values()) {
    purged.push(...(series.removedInstances ?? []).map((removed) => removed.id));
    delete series.removedInstances;
  }
  if (purged.length > 0) calendar.changeLog.epoch += 1;
  return purged;
}

function isDeleted(calendar: CalendarRecord, event: StoredEvent): boolean {
  if (event.recurringEventId === undefined) return event.content.status === 'cancelled';
  const master = calendar.events.get(event.recurringEventId);
  return master === undefined || master.content.status === 'cancelled';
}
