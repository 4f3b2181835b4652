import type { EmulatorSettings } from '../settings/emulator-settings.ts';
import type { ListCandidate } from './list-candidate.ts';
import type { ListCursor } from './list-cursor.resolve.ts';
import type { ListQuery } from './list-query.ts';

export type CandidateTest = (candidate: ListCandidate) => boolean;

/** Entries that belong to this listing at all: changed inside the cursor's window of the change log. */
export function inChangeWindow(cursor: ListCursor): CandidateTest {
  return ({ event }) => event.seq <= cursor.snapshot && (cursor.since === null || event.seq > cursor.since);
}

/** The query's filters. Entries that fail them still use up a page slot in `scan` paging. */
export function matchesQuery(query: ListQuery, cursor: ListCursor, settings: EmulatorSettings): CandidateTest {
  const incremental = cursor.since !== null || query.updatedMin !== undefined;
  const propertiesMatch = extendedPropertyTest(query, settings.extendedPropertyMatch);
  const text = query.q?.toLowerCase();
  return (candidate) => {
    const { event } = candidate;
    const content = event.content;
    if (content.status === 'cancelled' && !cancelledVisible(candidate, query, incremental)) return false;
    if (!overlapsTimeRange(candidate, query.timeMin, query.timeMax)) return false;
    if (query.updatedMin !== undefined && event.updated < query.updatedMin) return false;
    if (
      query.iCalUID !== undefined &&
      (content.iCalUID ?? `${event.recurringEventId ?? event.id}@google.com`) !== query.iCalUID
    ) {
      return false;
    }
    if (query.eventTypes.length > 0 && !query.eventTypes.includes(content.eventType)) return false;
    if (
      text !== undefined &&
      ![content.summary, content.description, content.location].some((f) => f?.toLowerCase().includes(text))
    ) {
      return false;
    }
    return propertiesMatch(candidate);
  };
}

/**
 * events.list reference, showDeleted: incremental lists always carry deletions, and "Cancelled instances of
 * recurring events (but not the underlying recurring event) will still be included if showDeleted and singleEvents
 * are both False."
 */
function cancelledVisible({ event }: ListCandidate, query: ListQuery, incremental: boolean): boolean {
  if (incremental || query.showDeleted === true) return true;
  return !query.singleEvents && event.recurringEventId !== undefined;
}

function overlapsTimeRange(candidate: ListCandidate, timeMin?: number, timeMax?: number): boolean {
  if (timeMin === undefined && timeMax === undefined) return true;
  const from = timeMin ?? Number.NEGATIVE_INFINITY;
  const to = timeMax ?? Number.POSITIVE_INFINITY;
  if (candidate.seriesOverlaps !== undefined) return candidate.seriesOverlaps(from, Math.min(to, 8.64e15));
  return candidate.endMs > from && candidate.startMs < to;
}

function extendedPropertyTest(query: ListQuery, mode: 'all' | 'any'): CandidateTest {
  const test = (constraints: [string, string][], map: Record<string, string> | undefined) => {
    if (constraints.length === 0) return true;
    const hit = ([key, value]: [string, string]) => map?.[key] === value;
    return mode === 'all' ? constraints.every(hit) : constraints.some(hit);
  };
  return ({ event }) =>
    test(query.privateProperties, event.content.extendedProperties?.private) &&
    test(query.sharedProperties, event.content.extendedProperties?.shared);
}
