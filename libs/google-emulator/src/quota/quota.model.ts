/** Every limit is a count per sliding window; 0 switches that limit off. */
export interface QuotaConfig {
  /** False switches every rate limit off at once (benchmarks); `readOnlyUsers` still applies. */
  enabled: boolean;
  perUserPerMinute: number;
  perProjectPerMinute: number;
  /**
   * Event writes (insert, patch, update, delete) to one calendar within any one second, by anyone: Google's
   * operational limit on writing "a single calendar in quick succession" (reference §5.3).
   */
  perCalendarWritesPerSecond: number;
  status: 403 | 429;
  /** Users whose calendars went read-only (reference §5.4): writes answer 403 quotaExceeded. */
  readOnlyUsers: Set<string>;
}

export const defaultQuotaConfig = (): QuotaConfig => ({
  enabled: true,
  perUserPerMinute: 600,
  perProjectPerMinute: 10_000,
  // Above the 8 writes per second per calendar a well-behaved client spreads its writes to, so only bursts trip it.
  perCalendarWritesPerSecond: 10,
  status: 403,
  readOnlyUsers: new Set(),
});
