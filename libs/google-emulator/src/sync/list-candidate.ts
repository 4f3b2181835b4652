import type { StoredEvent } from '../events/event.model.ts';

/** One entry a list could return: a stored event or an expanded instance, with its sort and filter values. */
export interface ListCandidate {
  event: StoredEvent;
  startMs: number;
  endMs: number;
  /** Creation order of the event or of its series: the default "unspecified, stable" order. */
  order: number;
  /** For a recurring event listed unexpanded: whether any instance overlaps the time filter. */
  seriesOverlaps?: (from: number, to: number) => boolean;
}

export type SortKey = [number, string];

export function sortKeyOf(candidate: ListCandidate, orderBy: 'startTime' | 'updated' | undefined): SortKey {
  if (orderBy === 'startTime') return [candidate.startMs, candidate.event.id];
  if (orderBy === 'updated') return [candidate.event.updated, candidate.event.id];
  return [candidate.order, candidate.event.id];
}

export function compareKeys(a: SortKey, b: SortKey): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

export function sortCandidates(
  candidates: Iterable<ListCandidate>,
  orderBy: 'startTime' | 'updated' | undefined,
): ListCandidate[] {
  return Array.from(candidates)
    .map((candidate) => ({ candidate, key: sortKeyOf(candidate, orderBy) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ candidate }) => candidate);
}
