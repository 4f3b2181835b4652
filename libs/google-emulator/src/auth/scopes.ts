import { insufficientPermissions } from '../errors/auth-errors.ts';
import type { Principal } from './principal.ts';

const scope = (name: string) => `https://www.googleapis.com/auth/${name}`;

export const FULL_CALENDAR_SCOPE = scope('calendar');

export type ScopeNeed = 'eventsRead' | 'eventsWrite' | 'colors' | 'calendarListRead' | 'calendarsRead' | 'channels';

// Scope tables of the Calendar v3 reference pages (reference §7.1).
const ANY_CALENDAR: Record<ScopeNeed, string[]> = {
  eventsRead: ['calendar', 'calendar.readonly', 'calendar.events', 'calendar.events.readonly'].map(scope),
  eventsWrite: ['calendar', 'calendar.events'].map(scope),
  colors: [
    'calendar',
    'calendar.readonly',
    'calendar.app.created',
    'calendar.calendarlist',
    'calendar.calendarlist.readonly',
    'calendar.events.freebusy',
    'calendar.events.owned',
    'calendar.events.owned.readonly',
    'calendar.events.public.readonly',
  ].map(scope),
  calendarListRead: ['calendar', 'calendar.readonly', 'calendar.calendarlist', 'calendar.calendarlist.readonly'].map(
    scope,
  ),
  calendarsRead: ['calendar', 'calendar.readonly', 'calendar.calendars', 'calendar.calendars.readonly'].map(scope),
  channels: [],
};

/** `calendar.events.owned*` only reach calendars the caller owns. */
const OWNED_CALENDAR: Partial<Record<ScopeNeed, string[]>> = {
  eventsRead: ['calendar.events.owned', 'calendar.events.owned.readonly'].map(scope),
  eventsWrite: ['calendar.events.owned'].map(scope),
};

export function requireScope(principal: Principal, need: ScopeNeed, ownsCalendar = false): void {
  if (need === 'channels' && principal.scopes.some((s) => s.startsWith(FULL_CALENDAR_SCOPE))) return;
  const accepted = [...ANY_CALENDAR[need], ...(ownsCalendar ? (OWNED_CALENDAR[need] ?? []) : [])];
  if (!principal.scopes.some((s) => accepted.includes(s))) throw insufficientPermissions();
}
