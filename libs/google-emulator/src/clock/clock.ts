/** The emulator's only source of "now": tests inject a manual clock to expire tokens and channels. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
