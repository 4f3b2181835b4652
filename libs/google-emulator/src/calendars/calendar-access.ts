import type { Principal } from '../auth/principal.ts';
import { requireScope, type ScopeNeed } from '../auth/scopes.ts';
import { notFound } from '../errors/api-errors.ts';
import { requiredAccessLevel } from '../errors/auth-errors.ts';
import type { EmulatorState } from '../state/emulator-state.ts';
import type { AccessRole, CalendarRecord } from './calendar.model.ts';

export interface CalendarAccess {
  calendar: CalendarRecord;
  role: AccessRole;
}

/**
 * Google answers 404 for calendars the caller cannot see (reference §3.5) and 403 requiredAccessLevel for
 * writes by a reader or a free/busy reader; scopes are checked first because Google's front end rejects a token
 * before the backend runs.
 */
export function accessCalendar(
  state: EmulatorState,
  principal: Principal,
  calendarIdParam: string,
  need: ScopeNeed,
): CalendarAccess {
  const id = calendarIdParam === 'primary' ? principal.email : calendarIdParam;
  const calendar = state.calendars.get(id);
  requireScope(principal, need, calendar?.owner === principal.email);
  const role = calendar?.acl.get(principal.email);
  if (calendar === undefined || role === undefined) throw notFound();
  if (need === 'eventsWrite' && (role === 'reader' || role === 'freeBusyReader')) throw requiredAccessLevel();
  return { calendar, role };
}
