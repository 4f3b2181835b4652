import { isDeepStrictEqual } from 'node:util';
import type { CalendarEventSnapshot } from '@calbridge/contracts';

export type VersionOrder = 'older' | 'same' | 'newer';

/**
 * EventChanged carries no version of its own, so Google's `updated` orders snapshots and the etag (which changes
 * with every edit) breaks ties; without either, only the content says whether anything changed. A cancelled event
 * may carry neither and then always counts as a change.
 */
export function compareEventVersions(held: CalendarEventSnapshot, incoming: CalendarEventSnapshot): VersionOrder {
  if (held.updated !== undefined && incoming.updated !== undefined) {
    const delta = Date.parse(incoming.updated) - Date.parse(held.updated);
    if (delta !== 0) return delta > 0 ? 'newer' : 'older';
  }
  if (held.etag !== undefined && incoming.etag !== undefined) return held.etag === incoming.etag ? 'same' : 'newer';
  return isDeepStrictEqual(held, incoming) ? 'same' : 'newer';
}
