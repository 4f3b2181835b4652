import { calendarColorOf } from '../colors/color-palette.ts';
import type { AccessRole, CalendarRecord } from './calendar.model.ts';
import { defaultRemindersOf } from './calendar.render.ts';

export function renderCalendarListEntry(calendar: CalendarRecord, role: AccessRole): Record<string, unknown> {
  const colorId = calendar.primary ? '14' : '15';
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
    ...(calendar.primary ? { notificationSettings: { notifications: [] }, primary: true } : {}),
    conferenceProperties: { allowedConferenceSolutionTypes: ['hangoutsMeet'] },
  };
}
