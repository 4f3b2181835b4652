import { badRequest, invalid, timeRangeEmpty } from '../errors/api-errors.ts';
import { updatedMinTooLongAgo } from '../errors/sync-errors.ts';
import type { ListQuery } from './list-query.ts';

// events.list reference, syncToken: parameters that "cannot be specified together with nextSyncToken".
const SYNC_INCOMPATIBLE = ['iCalUID', 'orderBy', 'privateExtendedProperty', 'q', 'sharedExtendedProperty'] as const;
const SYNC_FORBIDDEN = [...SYNC_INCOMPATIBLE, 'timeMin', 'timeMax', 'updatedMin'] as const;

const present = (query: ListQuery, name: string) => {
  const value = (query.raw as Record<string, unknown>)[name];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
};

export function assertListRules(query: ListQuery, now: number, updatedMinMaxAgeDays: number): void {
  if (query.syncToken !== undefined) {
    const forbidden = SYNC_FORBIDDEN.find((name) => present(query, name));
    if (forbidden !== undefined)
      throw invalid(`The parameter ${forbidden} cannot be used with a sync token.`, forbidden);
    if (query.showDeleted === false)
      throw invalid('showDeleted=false cannot be used with a sync token.', 'showDeleted');
  }
  if (query.orderBy === 'startTime' && !query.singleEvents) {
    throw badRequest('The requested ordering is not available for the particular query.');
  }
  if (query.timeMin !== undefined && query.timeMax !== undefined && query.timeMin >= query.timeMax) {
    throw timeRangeEmpty('timeMax');
  }
  if (query.updatedMin !== undefined && query.updatedMin < now - updatedMinMaxAgeDays * 86_400_000) {
    throw updatedMinTooLongAgo();
  }
}

/** Google omits nextSyncToken when the full list was filtered in a way an incremental list cannot repeat. */
export function allowsSyncToken(query: ListQuery): boolean {
  return !SYNC_INCOMPATIBLE.some((name) => present(query, name)) && query.updatedMin === undefined;
}
