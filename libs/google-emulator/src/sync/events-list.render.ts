import type { AccessRole, CalendarRecord } from '../calendars/calendar.model.ts';
import { defaultRemindersOf } from '../calendars/calendar.render.ts';
import { fingerprintOf } from './list-token.codec.ts';

export interface EventsListHeader {
  calendar: CalendarRecord;
  role: AccessRole;
  zone: string;
}

/**
 * The calendar#events envelope as JSON text, fields in Google's order; exactly one of the two tokens (or none) is
 * set. Items arrive already serialised so unchanged events are not rendered again for every page.
 */
export function renderEventsList(
  header: EventsListHeader,
  tokens: { nextPageToken?: string; nextSyncToken?: string },
  itemsJson: string[],
): string {
  const { calendar } = header;
  const envelope = JSON.stringify({
    kind: 'calendar#events',
    etag: `"p3${fingerprintOf([calendar.id, calendar.changeLog.seq]).toLowerCase()}"`,
    summary: calendar.summary,
    description: calendar.description ?? '',
    updated: new Date(calendar.updated).toISOString(),
    timeZone: header.zone,
    accessRole: header.role,
    defaultReminders: defaultRemindersOf(calendar),
    ...tokens,
    items: [],
  });
  return `${envelope.slice(0, -3)}[${itemsJson.join(',')}]}`;
}
