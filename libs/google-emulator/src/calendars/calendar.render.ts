import type { CalendarRecord } from './calendar.model.ts';

export function renderCalendar(calendar: CalendarRecord): Record<string, unknown> {
  return {
    kind: 'calendar#calendar',
    etag: calendar.etag,
    id: calendar.id,
    summary: calendar.summary,
    ...(calendar.description === undefined ? {} : { description: calendar.description }),
    timeZone: calendar.timeZone,
    conferenceProperties: { allowedConferenceSolutionTypes: ['hangoutsMeet'] },
  };
}

export function defaultRemindersOf(calendar: CalendarRecord): { method: string; minutes: number }[] {
  return calendar.primary ? [{ method: 'popup', minutes: 30 }] : [];
}
