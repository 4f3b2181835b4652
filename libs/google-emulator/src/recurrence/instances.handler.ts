import type { EmulatorDeps } from '../app/emulator-deps.ts';
import type { Principal } from '../auth/principal.ts';
import { accessCalendar } from '../calendars/calendar-access.ts';
import { notFound } from '../errors/api-errors.ts';
import { instantOf } from '../events/event-time.render.ts';
import { renderEventsList } from '../sync/events-list.render.ts';
import { sortCandidates, sortKeyOf } from '../sync/list-candidate.ts';
import { pageFingerprint, resolveListCursor } from '../sync/list-cursor.resolve.ts';
import { matchesQuery } from '../sync/list-filters.ts';
import { paginate } from '../sync/list-paginate.ts';
import { parseListQuery } from '../sync/list-query.ts';
import { encodeListToken } from '../sync/list-token.codec.ts';
import { seriesCandidates } from './series-candidates.ts';

/** events.instances: the occurrences of one series, exceptions in place, cancelled ones only with showDeleted. */
export function listInstances(
  deps: EmulatorDeps,
  principal: Principal,
  calendarId: string,
  eventId: string,
  rawQuery: unknown,
) {
  const { calendar, role } = accessCalendar(deps.state, principal, calendarId, 'eventsRead');
  const master = calendar.events.get(eventId);
  if (master === undefined || master.recurringEventId !== undefined) throw notFound();
  const query = parseListQuery(rawQuery);
  const originalStart = query.raw.originalStart;
  const cursor = resolveListCursor(calendar, { ...query, singleEvents: true });
  const horizon = deps.clock.now() + deps.controls.settings.recurrenceHorizonDays * 86_400_000;
  const window = { from: query.timeMin ?? Number.NEGATIVE_INFINITY, to: query.timeMax ?? horizon };
  const candidates = seriesCandidates(calendar, master, window).filter(
    ({ event }) =>
      originalStart === undefined ||
      instantOf(event.originalStart ?? event.content.start, calendar.timeZone) === Date.parse(originalStart),
  );
  const page = paginate(sortCandidates(candidates, 'startTime'), {
    ...(cursor.after === undefined ? {} : { after: cursor.after }),
    maxResults: query.maxResults,
    paging: 'filled',
    keyOf: (candidate) => sortKeyOf(candidate, 'startTime'),
    belongs: () => true,
    matches: matchesQuery({ ...query, singleEvents: true }, cursor, deps.controls.settings),
  });
  const zone = query.timeZone ?? calendar.timeZone;
  const items = page.items.map(({ event }) =>
    deps.eventJson.itemJson(
      event,
      { calendar, zone, freeBusy: role === 'freeBusyReader' },
      event.content.status === 'cancelled' && query.showDeleted !== true,
    ),
  );
  const nextPageToken =
    page.next === undefined
      ? undefined
      : encodeListToken({
          kind: 'page',
          calendarId: calendar.id,
          snapshot: cursor.snapshot,
          since: null,
          epoch: calendar.changeLog.epoch,
          fingerprint: pageFingerprint(query),
          after: page.next,
        });
  return renderEventsList({ calendar, role, zone }, nextPageToken === undefined ? {} : { nextPageToken }, items);
}
