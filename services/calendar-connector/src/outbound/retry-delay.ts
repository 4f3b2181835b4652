const maxDelayMs = 64_000;
const jitterMs = 1_000;

/**
 * Truncated exponential backoff with jitter, as Google asks (reference §5.2): 2^n s plus up to 1 s at random,
 * at most 64 s, so workers that failed together do not come back together.
 */
export const retryDelayMs = (attempt: number, random = Math.random): number =>
  Math.min(2 ** attempt * 1000 + Math.floor(random() * jitterMs), maxDelayMs);
