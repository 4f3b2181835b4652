import type { CalendarEventSnapshot } from '@calbridge/contracts';
import { describe, expect, test } from '@jest/globals';
import { type BlockRules, defaultBlockRules } from '../src/block-rules/block-rules.ts';
import { decideBlock } from '../src/blocks/block-decision.ts';

const timed = (extra: Partial<CalendarEventSnapshot> = {}) =>
  ({
    id: 'e',
    status: 'confirmed',
    allDay: false,
    start: '2026-09-07T10:00:00Z',
    end: '2026-09-07T11:00:00Z',
    transparency: 'opaque',
    ...extra,
  }) as CalendarEventSnapshot;
const allDay = (extra: Partial<CalendarEventSnapshot> = {}) =>
  ({
    id: 'e',
    status: 'confirmed',
    allDay: true,
    startDate: '2026-09-08',
    endDate: '2026-09-09',
    transparency: 'transparent',
    ...extra,
  }) as CalendarEventSnapshot;

const blocks = (event: CalendarEventSnapshot, rules: BlockRules = defaultBlockRules) =>
  decideBlock(event, undefined, rules, 'Europe/Warsaw').blocks;

describe('block rules', () => {
  test('when rules are the defaults, then busy timed events and red or busy all-day events block', () => {
    expect(blocks(timed())).toBe(true);
    expect(blocks(timed({ transparency: 'transparent' }))).toBe(false);
    expect(blocks(timed({ status: 'tentative' }))).toBe(true);
    expect(blocks(allDay({ colorId: '11' }))).toBe(true);
    expect(blocks(allDay({ colorId: '9' }))).toBe(false);
    expect(blocks(allDay({ colorId: '9', transparency: 'opaque' }))).toBe(true);
  });

  test('when a rule is all, red or none, then transparency and colour count as the rule says', () => {
    expect(blocks(timed({ transparency: 'transparent' }), { timed: 'all', allDay: 'none' })).toBe(true);
    expect(blocks(timed({ colorId: '11', transparency: 'transparent' }), { timed: 'red', allDay: 'none' })).toBe(true);
    expect(blocks(timed(), { timed: 'red', allDay: 'none' })).toBe(false);
    expect(blocks(allDay({ colorId: '11' }), { timed: 'all', allDay: 'none' })).toBe(false);
    expect(blocks(allDay(), { timed: 'none', allDay: 'busy' })).toBe(false);
  });

  test('when an event is cancelled, zero-length, or turns into the other kind, then the reason says so', () => {
    const reason = (event: CalendarEventSnapshot, previous?: CalendarEventSnapshot) => {
      const decision = decideBlock(event, previous, defaultBlockRules, 'UTC');
      return decision.blocks ? 'blocks' : decision.reason;
    };
    expect(reason({ id: 'e', status: 'cancelled' })).toBe('event_deleted');
    expect(reason(timed({ end: '2026-09-07T10:00:00Z' }))).toBe('event_moved');
    expect(reason(allDay({ colorId: '9' }), timed())).toBe('event_moved');
    expect(reason(timed({ transparency: 'transparent' }), timed())).toBe('no_longer_blocking');
  });
});
