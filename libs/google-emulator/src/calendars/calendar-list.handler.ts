import type { EmulatorDeps } from '../app/emulator-deps.ts';
import type { Principal } from '../auth/principal.ts';
import { requireScope } from '../auth/scopes.ts';
import { invalidPageToken } from '../errors/sync-errors.ts';
import type { AccessRole, CalendarRecord } from './calendar.model.ts';
import { isListedFor } from './calendar-list.listed.ts';
import { parseCalendarListQuery } from './calendar-list.query.ts';
import { renderCalendarListEntry } from './calendar-list.render.ts';

const RANK = { freeBusyReader: 0, reader: 1, writer: 2, owner: 3 } as const;

/**
 * calendarList.list: the calendars in the caller's list with at least `minAccessRole`, the primary first, then in
 * creation order. Page tokens carry the position and the role filter they were issued for.
 */
export function listCalendarList(deps: EmulatorDeps, principal: Principal, rawQuery: unknown) {
  requireScope(principal, 'calendarListRead');
  const query = parseCalendarListQuery(rawQuery);
  const inserted = deps.state.accounts.get(principal.email)?.calendarList;
  const entries: [CalendarRecord, AccessRole][] = [];
  for (const calendar of deps.state.calendars.values()) {
    const role = calendar.acl.get(principal.email);
    if (role === undefined || !isListedFor(calendar, principal, inserted) || RANK[role] < RANK[query.minAccessRole])
      continue;
    entries.push([calendar, role]);
  }
  entries.sort(([a], [b]) => Number(b.id === principal.email) - Number(a.id === principal.email));
  const start = query.pageToken === undefined ? 0 : offsetOf(query.pageToken, query.minAccessRole);
  const page = entries.slice(start, start + query.maxResults);
  const next = start + page.length < entries.length ? start + page.length : undefined;
  return {
    kind: 'calendar#calendarList',
    etag: `"p${deps.state.etags.last}"`,
    ...(next === undefined ? {} : { nextPageToken: encodePageToken(next, query.minAccessRole) }),
    items: page.map(([calendar, role]) => renderCalendarListEntry(calendar, role, principal.email)),
  };
}

const encodePageToken = (offset: number, role: string) =>
  Buffer.from(JSON.stringify({ offset, role })).toString('base64url');

function offsetOf(token: string, role: string): number {
  try {
    const decoded = JSON.parse(Buffer.from(token, 'base64url').toString()) as { offset?: unknown; role?: unknown };
    if (typeof decoded.offset === 'number' && decoded.role === role) return decoded.offset;
  } catch {
    // falls through to the 400 below
  }
  throw invalidPageToken();
}
