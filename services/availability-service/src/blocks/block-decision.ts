import type { BlockReleaseReason, CalendarEventSnapshot } from '@calbridge/contracts';
import type { BlockRules } from '../block-rules/block-rules.ts';
import { ruleMatches } from '../block-rules/rule-matches.ts';
import { allDayInterval } from './all-day-interval.ts';

export type BlockDecision =
  | { blocks: true; start: Date; end: Date; allDay: boolean }
  | { blocks: false; reason: BlockReleaseReason };

/**
 * Whether one calendar event blocks a room, and over which interval. A timed event keeps its own interval (which
 * slots it blocks is decided by slot start at query time); an all-day event covers whole days in the room's zone.
 */
export function decideBlock(
  event: CalendarEventSnapshot,
  previous: CalendarEventSnapshot | undefined,
  rules: BlockRules,
  timezone: string,
): BlockDecision {
  if (event.status === 'cancelled') return { blocks: false, reason: 'event_deleted' };
  const kindChanged = previous !== undefined && previous.status !== 'cancelled' && previous.allDay !== event.allDay;
  const rule = event.allDay ? rules.allDay : rules.timed;
  if (!ruleMatches(rule, event)) return { blocks: false, reason: kindChanged ? 'event_moved' : 'no_longer_blocking' };
  if (event.allDay) return { blocks: true, allDay: true, ...allDayInterval(event.startDate, event.endDate, timezone) };
  const start = new Date(event.start);
  const end = new Date(event.end);
  // Google allows zero-length events; they cover no instant, so they block nothing.
  if (end <= start) return { blocks: false, reason: 'event_moved' };
  return { blocks: true, allDay: false, start, end };
}
