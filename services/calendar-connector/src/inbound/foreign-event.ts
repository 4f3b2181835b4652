import type { CalendarEventSnapshot } from '@calbridge/contracts';
import type { calendar_v3 } from '@googleapis/calendar';

const optional = <Key extends string>(key: Key, value: string | null | undefined) =>
  value ? ({ [key]: value } as Record<Key, string>) : {};

/**
 * An event as EventChanged carries it (spec §3): a timed event as instants (Google renders them in the calendar's
 * zone, so they are compared as instants, never as strings), an all-day event as dates, which each consumer resolves
 * in its room's timezone. A cancelled event carries only what Google guarantees. undefined for an event Google
 * returned without times (it cannot block anything).
 */
export function eventSnapshot(item: calendar_v3.Schema$Event): CalendarEventSnapshot | undefined {
  const id = item.id as string;
  const shared = {
    id,
    ...optional('recurringEventId', item.recurringEventId),
    ...optional('etag', item.etag),
  };
  if (item.status === 'cancelled') return { ...shared, status: 'cancelled' };
  const live = {
    ...shared,
    status: item.status === 'tentative' ? ('tentative' as const) : ('confirmed' as const),
    ...optional('summary', item.summary),
    ...optional('colorId', item.colorId),
    // Google leaves out default values: no transparency means opaque (reference §1.1).
    transparency: item.transparency === 'transparent' ? ('transparent' as const) : ('opaque' as const),
    ...optional('updated', item.updated && new Date(item.updated).toISOString()),
  };
  if (item.start?.date && item.end?.date) {
    return { ...live, allDay: true, startDate: item.start.date, endDate: item.end.date };
  }
  if (item.start?.dateTime && item.end?.dateTime) {
    return {
      ...live,
      allDay: false,
      start: new Date(item.start.dateTime).toISOString(),
      end: new Date(item.end.dateTime).toISOString(),
      ...optional('timeZone', item.start.timeZone),
    };
  }
  return undefined;
}

/** When the event starts, for the horizon: an all-day event at the start of its first day in UTC. */
export function startOf(snapshot: CalendarEventSnapshot): Date | undefined {
  if (snapshot.status === 'cancelled') return undefined;
  return new Date(snapshot.allDay ? `${snapshot.startDate}T00:00:00Z` : snapshot.start);
}
