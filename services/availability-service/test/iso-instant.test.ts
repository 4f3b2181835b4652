import { describe, expect, test } from '@jest/globals';
import { isoInstant } from '../src/http/iso-instant.ts';

describe('isoInstant', () => {
  test('when instants fall anywhere in a day, before 1970 or far ahead, then the text equals toISOString', () => {
    const samples = [
      0,
      -1,
      86_399_999,
      86_400_000,
      Date.UTC(2026, 2, 29, 0, 59, 59, 999),
      Date.UTC(1969, 11, 31, 23, 0, 0, 1),
      Date.UTC(2099, 11, 31, 23, 59, 59, 999),
      Date.UTC(10_000, 0, 1),
      ...Array.from({ length: 5_000 }, (_, index) => Date.UTC(2026, 0, 1) + index * 7_777_777),
    ];

    for (const ms of samples) expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
  });
});
