import type { calendar_v3 } from '@googleapis/calendar';

/** A calendar a partner can pick when linking a room (spec §4). */
export interface CalendarChoice {
  id: string;
  summary: string;
  timeZone?: string;
  accessRole: string;
  primary?: boolean;
}

export function toCalendarChoice(entry: calendar_v3.Schema$CalendarListEntry, fallbackId: string): CalendarChoice {
  return {
    id: entry.id ?? fallbackId,
    summary: entry.summaryOverride ?? entry.summary ?? entry.id ?? fallbackId,
    ...(entry.timeZone ? { timeZone: entry.timeZone } : {}),
    accessRole: entry.accessRole ?? 'none',
    ...(entry.primary ? { primary: true } : {}),
  };
}
