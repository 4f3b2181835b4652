import type { AllDayRule, TimedRule } from './block-rules.ts';

export interface RoomBlockRulesTable {
  room_id: string;
  timed: TimedRule;
  all_day: AllDayRule;
}
