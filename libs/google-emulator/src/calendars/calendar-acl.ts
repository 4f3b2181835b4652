import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { nextEtag } from '../ids/etag-source.ts';
import { closeChannelsOf } from '../push/channels-close.ts';
import type { AccessRole, CalendarRecord } from './calendar.model.ts';

/**
 * Shares a calendar with `email` (a role) or unshares it (undefined). A real change invalidates every sync token of
 * the calendar, as Google's do on "changes in related ACLs" (reference §2.4), and unsharing ends the channels the
 * person opened on it.
 */
export function changeCalendarAccess(
  deps: EmulatorDeps,
  calendar: CalendarRecord,
  email: string,
  role: AccessRole | undefined,
): void {
  if (calendar.acl.get(email) === role) return;
  if (role === undefined) {
    calendar.acl.delete(email);
    closeChannelsOf(deps.state, calendar.id, email);
  } else {
    calendar.acl.set(email, role);
  }
  calendar.etag = nextEtag(deps.state.etags, deps.clock);
  calendar.changeLog.epoch += 1;
}
