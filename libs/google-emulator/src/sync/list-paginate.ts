import { compareKeys, type ListCandidate, type SortKey } from './list-candidate.ts';
import type { CandidateTest } from './list-filters.ts';

export interface PageRequest {
  after?: SortKey;
  maxResults: number;
  /** `scan`: every entry examined uses a slot, so filtered pages come back short or empty (reference §2.1). */
  paging: 'scan' | 'filled';
  keyOf: (candidate: ListCandidate) => SortKey;
  belongs: CandidateTest;
  matches: CandidateTest;
}

export interface Page {
  items: ListCandidate[];
  /** Key of the last examined entry when more remain; undefined on the last page. */
  next?: SortKey;
}

/** `sorted` must be in `keyOf` order. */
export function paginate(sorted: Iterable<ListCandidate>, request: PageRequest): Page {
  const items: ListCandidate[] = [];
  let used = 0;
  let lastKey: SortKey | undefined;
  for (const candidate of sorted) {
    if (!request.belongs(candidate)) continue;
    const key = request.keyOf(candidate);
    if (request.after !== undefined && compareKeys(key, request.after) <= 0) continue;
    const matches = request.matches(candidate);
    if (used >= request.maxResults && (matches || request.paging === 'scan'))
      return lastKey === undefined ? { items } : { items, next: lastKey };
    if (matches) items.push(candidate);
    if (matches || request.paging === 'scan') used += 1;
    lastKey = key;
  }
  return { items };
}
