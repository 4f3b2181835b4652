import type { calendar_v3 } from '@googleapis/calendar';

/** A timed event between two RFC 3339 instants. */
export const timed = (summary: string, startIso: string, endIso: string) => ({
  summary,
  start: { dateTime: startIso },
  end: { dateTime: endIso },
});

/** A weekly series from Monday 17 March 2025, 10:00–11:00 Berlin time, crossing the DST change on 30 March. */
export const weekly = (count: number): calendar_v3.Schema$Event => ({
  summary: 'Weekly',
  start: { dateTime: '2025-03-17T10:00:00', timeZone: 'Europe/Berlin' },
  end: { dateTime: '2025-03-17T11:00:00', timeZone: 'Europe/Berlin' },
  recurrence: [`RRULE:FREQ=WEEKLY;COUNT=${count}`],
});
