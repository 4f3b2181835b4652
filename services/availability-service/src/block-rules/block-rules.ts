export const timedRules = ['all', 'busy', 'red', 'none'] as const;
export const allDayRules = ['all', 'busy', 'red', 'red_or_busy', 'none'] as const;

export type TimedRule = (typeof timedRules)[number];
export type AllDayRule = (typeof allDayRules)[number];

export interface BlockRules {
  timed: TimedRule;
  allDay: AllDayRule;
}

// Spec §5: a room without rules of its own follows these.
export const defaultBlockRules: BlockRules = { timed: 'busy', allDay: 'red_or_busy' };
