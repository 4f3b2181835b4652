import { z } from 'zod';

// Typed readers for single environment variables. Each rejects with a message that says what was expected, so a
// `ConfigError` line reads `NAME: <expectation>, got "<value>"`.

/** `true`, `false`, `1` or `0` (any case) → boolean. */
export function envBoolean() {
  return z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['true', 'false', '1', '0'], { error: 'expected true, false, 1 or 0' }))
    .transform((value) => value === 'true' || value === '1');
}

/** A whole number within `[min, max]`. */
export function envInteger({ min = 0, max = Number.MAX_SAFE_INTEGER }: { min?: number; max?: number } = {}) {
  const error =
    max === Number.MAX_SAFE_INTEGER
      ? `expected a whole number of at least ${min}`
      : `expected a whole number between ${min} and ${max}`;
  return z
    .string()
    .trim()
    .regex(/^-?\d+$/, { error })
    .transform(Number)
    .pipe(z.number().int().min(min, { error }).max(max, { error }));
}

/** A TCP port, 1–65535. */
export function envPort() {
  return envInteger({ min: 1, max: 65_535 });
}

/** An absolute URL with one of `protocols` (without the colon); kept as a string. */
export function envUrl(protocols: readonly string[] = ['http', 'https']) {
  const error = `expected an absolute ${protocols.join(' or ')} URL`;
  return z
    .string()
    .trim()
    .refine((value) => protocols.includes(URL.parse(value)?.protocol.slice(0, -1) ?? ''), { error });
}

/** A comma-separated list, blanks dropped, each item checked by `item`; at least one item. */
export function envList<Item extends z.ZodType<unknown, string>>(item: Item) {
  return z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    )
    .pipe(z.array(item).min(1, { error: 'expected a comma-separated list' }));
}

const millisecondsPer = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 } as const;
const durationPattern = /^(\d+)(ms|s|m|h)?$/;

/** A duration in milliseconds: a bare number of milliseconds, or a number with `ms`, `s`, `m` or `h`. */
export function envDurationMs() {
  return z
    .string()
    .trim()
    .regex(durationPattern, { error: 'expected a duration such as 500ms, 30s, 15m, 1h or plain milliseconds' })
    .transform((value) => {
      const [, amount = '0', unit = 'ms'] = durationPattern.exec(value) ?? [];
      return Number(amount) * millisecondsPer[unit as keyof typeof millisecondsPer];
    });
}
