export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
}

/**
 * Exponential backoff with "equal jitter": the n-th retry waits between half and all of base·2^(n-1), capped, so
 * deliveries that failed together (a receiver's outage) do not all come back in the same second.
 */
export function retryDelayMs(attempt: number, { baseMs, maxMs }: RetryPolicy, random = Math.random): number {
  const ceiling = Math.min(baseMs * 2 ** Math.min(attempt - 1, 30), maxMs);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
