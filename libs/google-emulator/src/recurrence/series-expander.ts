import type { EventTime, StoredEvent } from '../events/event.model.ts';
import { instantOf } from '../events/event-time.render.ts';
import { dateOfFloating, floatingDate, fromFloating, toFloating } from './floating-time.ts';
import { buildRecurrenceSet } from './recurrence-set.build.ts';

export interface Occurrence {
  originalStart: EventTime;
  start: EventTime;
  end: EventTime;
  startMs: number;
  endMs: number;
}

export interface Window {
  from: number;
  to: number;
}

const DAY = 86_400_000;

/** Occurrences of a recurring event that overlap `window`, at most `limit` of them, in start order. */
export function expandSeries(master: StoredEvent, calendarZone: string, window: Window, limit: number): Occurrence[] {
  const { start, end, recurrence = [] } = master.content;
  const allDay = 'date' in start;
  const zone = 'instant' in start ? (start.timeZone ?? 'UTC') : 'UTC';
  const dtstart = 'date' in start ? floatingDate(start.date) : toFloating(start.instant, zone);
  const duration = instantOf(end, calendarZone) - instantOf(start, calendarZone);
  const set = buildRecurrenceSet(recurrence, dtstart, zone, allDay);
  const from = Math.max(window.from - duration, instantOf(start, calendarZone)) - DAY;
  const floatFrom = allDay ? new Date(from) : toFloating(from, zone);
  const floatTo = allDay ? new Date(window.to + DAY) : toFloating(window.to + DAY, zone);
  const occurrences: Occurrence[] = [];
  set.between(floatFrom, floatTo, true, (floating) => {
    const occurrence = allDay
      ? allDayOccurrence(floating, duration, calendarZone)
      : timedOccurrence(floating, zone, duration, master);
    if (occurrence.endMs > window.from && occurrence.startMs < window.to) occurrences.push(occurrence);
    return occurrences.length < limit;
  });
  return occurrences;
}

function timedOccurrence(floating: Date, zone: string, duration: number, master: StoredEvent): Occurrence {
  const startMs = fromFloating(floating, zone);
  const timeZone = 'instant' in master.content.start ? master.content.start.timeZone : undefined;
  const withZone = (instant: number): EventTime => (timeZone === undefined ? { instant } : { instant, timeZone });
  return {
    originalStart: withZone(startMs),
    start: withZone(startMs),
    end: withZone(startMs + duration),
    startMs,
    endMs: startMs + duration,
  };
}

function allDayOccurrence(floating: Date, duration: number, calendarZone: string): Occurrence {
  const date = dateOfFloating(floating);
  const endDate = dateOfFloating(new Date(floating.getTime() + Math.round(duration / DAY) * DAY));
  const startMs = instantOf({ date }, calendarZone);
  return {
    originalStart: { date },
    start: { date },
    end: { date: endDate },
    startMs,
    endMs: instantOf({ date: endDate }, calendarZone),
  };
}
