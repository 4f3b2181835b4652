import type { CalendarRecord } from '../calendars/calendar.model.ts';
import { invalid } from '../errors/api-errors.ts';
import { fullSyncRequired, invalidPageToken, invalidSyncToken } from '../errors/sync-errors.ts';
import type { ListQuery } from './list-query.ts';
import { decodeListToken, fingerprintOf } from './list-token.codec.ts';

export interface ListCursor {
  snapshot: number;
  since: number | null;
  after?: [number, string];
}

/** Sync tokens bind the parameters that shape the result set; page tokens bind the whole query. */
export const syncFingerprint = (query: ListQuery) => fingerprintOf([query.singleEvents, [...query.eventTypes].sort()]);

export function pageFingerprint(query: ListQuery): string {
  const { pageToken: _page, maxResults: _size, ...rest } = query.raw;
  return fingerprintOf(rest);
}

export function resolveListCursor(calendar: CalendarRecord, query: ListQuery): ListCursor {
  const log = calendar.changeLog;
  let since: number | null = null;
  if (query.syncToken !== undefined) {
    const token = decodeListToken(query.syncToken);
    if (token?.kind !== 'sync' || token.calendarId !== calendar.id) throw invalidSyncToken();
    if (token.epoch !== log.epoch || token.seq > log.seq) throw fullSyncRequired();
    if (token.fingerprint !== syncFingerprint(query)) {
      throw invalid('The sync token was issued for a list with different singleEvents or eventTypes.', 'syncToken');
    }
    since = token.seq;
  }
  if (query.pageToken === undefined) return { snapshot: log.seq, since };
  const page = decodeListToken(query.pageToken);
  if (page?.kind !== 'page' || page.calendarId !== calendar.id || page.fingerprint !== pageFingerprint(query)) {
    throw invalidPageToken();
  }
  if (page.since !== null && page.epoch !== log.epoch) throw fullSyncRequired();
  return { snapshot: page.snapshot, since: page.since, after: page.after };
}
