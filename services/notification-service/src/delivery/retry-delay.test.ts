import { describe, expect, test } from '@jest/globals';
import { retryDelayMs } from './retry-delay.ts';

const policy = { baseMs: 10_000, maxMs: 3_600_000 };

describe('retry delay', () => {
  test('when attempts fail in a row, then waits double between half and all of base·2^(n-1), capped at the maximum', () => {
    expect([1, 2, 3].map((attempt) => retryDelayMs(attempt, policy, () => 0))).toEqual([5_000, 10_000, 20_000]);
    expect([1, 2, 3].map((attempt) => retryDelayMs(attempt, policy, () => 1))).toEqual([10_000, 20_000, 40_000]);
    expect(retryDelayMs(40, policy, () => 1)).toBe(3_600_000);
    expect(retryDelayMs(40, policy, () => 0)).toBe(1_800_000);
  });

  test('when the defaults run a day, then a receiver that stays down is tried about 40 times, not thousands', () => {
    let elapsed = 0;
    let attempts = 0;
    while (elapsed < 86_400_000) elapsed += retryDelayMs(++attempts, policy, () => 0.5);
    expect(attempts).toBeGreaterThan(30);
    expect(attempts).toBeLessThan(50);
  });
});
