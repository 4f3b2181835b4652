/** What the OAuth callback tells the person who just went through Google's consent page. */
export type CallbackOutcome =
  | { kind: 'completed'; googleAccount: string }
  | { kind: 'invalid_state' | 'used_state' | 'expired_state' | 'denied' | 'no_refresh_token' | 'exchange_failed' }
  | { kind: 'missing_scopes'; missing: string[] };

/** Short scope names for pages and reasons: `calendar.events` rather than the whole URL. */
export const shortScope = (scope: string) => scope.replace('https://www.googleapis.com/auth/', '');
