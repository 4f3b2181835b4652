import { afterAll, beforeAll } from '@jest/globals';
import type { Clock } from '../../src/index.ts';
import { startEmulator, type TestEmulator } from './emulator-fixture.ts';

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

/** Registers the file's hooks: an emulator whose time moves only with `clock.advance`, handed to `ready`. */
export function useClockedEmulator(ready: (started: { emulator: TestEmulator; clock: ManualClock }) => void): void {
  let emulator: TestEmulator | undefined;
  beforeAll(async () => {
    const clock = manualClock();
    emulator = await startEmulator({ clock });
    ready({ emulator, clock });
  });
  afterAll(async () => {
    await emulator?.close();
  });
}
