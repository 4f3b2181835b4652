import type { EmulatorDeps } from '../app/emulator-deps.ts';
import type { Principal } from '../auth/principal.ts';
import { accessCalendar } from '../calendars/calendar-access.ts';
import { renderEventsList } from './events-list.render.ts';
import { type ListCandidate, sortCandidates, sortKeyOf } from './list-candidate.ts';
import { buildCandidates } from './list-candidates.build.ts';
import { pageFingerprint, resolveListCursor, syncFingerprint } from './list-cursor.resolve.ts';
import { inChangeWindow, matchesQuery } from './list-filters.ts';
import { paginate } from './list-paginate.ts';
import { allowsSyncToken, assertListRules } from './list-query.rules.ts';
import { parseListQuery } from './list-query.ts';
import { encodeListToken } from './list-token.codec.ts';

/** events.list with Google's paging and incremental-sync contract (reference §2). */
export function listEvents(deps: EmulatorDeps, principal: Principal, calendarId: string, rawQuery: unknown) {
  const { calendar, role } = accessCalendar(deps.state, principal, calendarId, 'eventsRead');
  const { settings } = deps.controls;
  const now = deps.clock.now();
  const freeBusy = role === 'freeBusyReader';
  // Recurring events guide: "When a user who has free/busy permissions queries events.list(), it behaves as if
  // singleEvent is true."
  const parsed = parseListQuery(rawQuery);
  const query = freeBusy ? { ...parsed, singleEvents: true } : parsed;
  assertListRules(query, now, settings.updatedMinMaxAgeDays);
  const cursor = resolveListCursor(calendar, query);
  const window = {
    from: query.timeMin ?? Number.NEGATIVE_INFINITY,
    to: query.timeMax ?? now + settings.recurrenceHorizonDays * 86_400_000,
  };
  const candidates = buildCandidates(calendar, query.singleEvents, window);
  // Stored events iterate in creation order already; only expansion or an explicit orderBy needs a sort.
  const needsSort = query.singleEvents || query.orderBy !== undefined;
  const sorted: Iterable<ListCandidate> = needsSort ? sortCandidates(candidates, query.orderBy) : candidates;
  const page = paginate(sorted, {
    ...(cursor.after === undefined ? {} : { after: cursor.after }),
    maxResults: query.maxResults,
    paging: settings.listPaging,
    keyOf: (candidate) => sortKeyOf(candidate, query.orderBy),
    belongs: inChangeWindow(cursor),
    matches: matchesQuery(query, cursor, settings),
  });
  const zone = query.timeZone ?? calendar.timeZone;
  const ctx = { calendar, zone, freeBusy };
  const items = page.items.map(({ event }) =>
    deps.eventJson.itemJson(event, ctx, event.content.status === 'cancelled' && query.showDeleted !== true),
  );
  const { epoch } = calendar.changeLog;
  const tokens =
    page.next !== undefined
      ? {
          nextPageToken: encodeListToken({
            kind: 'page',
            calendarId: calendar.id,
            snapshot: cursor.snapshot,
            since: cursor.since,
            epoch,
            fingerprint: pageFingerprint(query),
            after: page.next,
          }),
        }
      : allowsSyncToken(query)
        ? {
            nextSyncToken: encodeListToken({
              kind: 'sync',
              calendarId: calendar.id,
              seq: cursor.snapshot,
              epoch,
              fingerprint: syncFingerprint(query),
            }),
          }
        : {};
  return renderEventsList({ calendar, role, zone }, tokens, items);
}
