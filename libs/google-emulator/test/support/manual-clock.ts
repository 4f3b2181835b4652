import type { Clock } from '../../src/index.ts';

export interface ManualClock extends Clock {
  advance(ms: number): void;
}

/** Starts at the real time so client-side expiry maths stays sensible; moves only when told. */
export function manualClock(start = Date.now()): ManualClock {
  let now = start;
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
  };
}
