import { DateTime } from 'luxon';
import type { EventTime } from './event.model.ts';

/** Renders `dateTime` in the response zone (the calendar's or the `timeZone` parameter), keeping the event's own zone. */
export function renderEventTime(time: EventTime, zone: string): Record<string, string> {
  if ('date' in time) return { date: time.date };
  return {
    dateTime: formatInstant(time.instant, zone),
    ...(time.timeZone === undefined ? {} : { timeZone: time.timeZone }),
  };
}

export function formatInstant(instant: number, zone: string): string {
  return (
    DateTime.fromMillis(instant, { zone }).toISO({ suppressMilliseconds: true }) ?? new Date(instant).toISOString()
  );
}

/** The instant an event time starts at; all-day dates begin at midnight of the calendar's zone. */
export function instantOf(time: EventTime, calendarZone: string): number {
  if ('instant' in time) return time.instant;
  return DateTime.fromISO(time.date, { zone: calendarZone }).toMillis();
}

/** The raw JSON a client would send for this time: the base a PATCH merges into. */
export function rawEventTime(time: EventTime): Record<string, string> {
  if ('date' in time) return { date: time.date };
  const zone = time.timeZone ?? 'UTC';
  return { dateTime: formatInstant(time.instant, zone), ...(time.timeZone === undefined ? {} : { timeZone: zone }) };
}
