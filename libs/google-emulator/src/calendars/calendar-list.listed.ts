import type { Principal } from '../auth/principal.ts';
import type { CalendarRecord } from './calendar.model.ts';

/**
 * A person's list holds every calendar they can access. A service account's list starts empty, its own primary
 * included; a calendar shared with it appears only once inserted there (reference §7.4, calendarList.insert:
 * `inserted`), beside the secondary calendars it owns (as if it had created them).
 */
export const isListedFor = (calendar: CalendarRecord, principal: Principal, inserted: readonly string[] = []) =>
  principal.kind === 'user' ||
  (calendar.owner === principal.email && !calendar.primary) ||
  inserted.includes(calendar.id);
