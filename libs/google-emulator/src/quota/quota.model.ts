export interface QuotaConfig {
  perUserPerMinute: number;
  perProjectPerMinute: number;
  status: 403 | 429;
  /** Users whose calendars went read-only (reference §5.4): writes answer 403 quotaExceeded. */
  readOnlyUsers: Set<string>;
}

export const defaultQuotaConfig = (): QuotaConfig => ({
  perUserPerMinute: 600,
  perProjectPerMinute: 10_000,
  status: 403,
  readOnlyUsers: new Set(),
});
