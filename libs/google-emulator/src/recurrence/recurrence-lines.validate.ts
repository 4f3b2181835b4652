import { buildRecurrenceSet } from './recurrence-set.build.ts';

export function validateRecurrenceLines(lines: string[]): void {
  buildRecurrenceSet(lines, new Date(Date.UTC(2000, 0, 1)), 'UTC', false);
}
