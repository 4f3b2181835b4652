import { calendarColorOf } from '../colors/color-palette.ts';
import type { AccessRole, CalendarRecord } from './calendar.model.ts';
import { defaultRemindersOf } from './calendar.render.ts';

/** `primary` is set only on the reader's own primary calendar, not on another person's primary shared with them. */
export function renderCalendarListEntry(
  calendar: CalendarRecord,
  role: AccessRole,
  reader: string,
): Record<string, unknown> {
  const ownPrimary = calendar.primary && calendar.id === reader;
  const colorId = ownPrimary ? '14' : '15';
  return {
    kind: 'calendar#calendarListEntry',
    etag: calendar.etag,
    id: calendar.id,
    summary: calendar.summary,
    ...(calendar.description === undefined ? {} : { description: calendar.description }),
    timeZone: calendar.timeZone,
    colorId,
    ...calendarColorOf(colorId),
    selected: true,
    accessRole: role,
    defaultReminders: defaultRemindersOf(calendar),
    ...(ownPrimary ? { notificationSettings: { notifications: [] }, primary: true } : {}),
    conferenceProperties: { allowedConferenceSolutionTypes: ['hangoutsMeet'] },
  };
}
