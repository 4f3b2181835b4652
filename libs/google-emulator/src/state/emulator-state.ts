import type { Account } from '../accounts/account.model.ts';
import type { OAuthClient } from '../auth/oauth-client.model.ts';
import { createTokenStore, type TokenStore } from '../auth/token.model.ts';
import type { CalendarRecord } from '../calendars/calendar.model.ts';
import type { EtagState } from '../ids/etag-source.ts';
import type { Channel } from '../push/channel.model.ts';

/** Everything a person's Google account would keep: what a snapshot file saves and `reset` forgets. */
export interface EmulatorState {
  accounts: Map<string, Account>;
  oauthClients: Map<string, OAuthClient>;
  tokens: TokenStore;
  calendars: Map<string, CalendarRecord>;
  channels: Map<string, Channel>;
  etags: EtagState;
}

export const createEmptyState = (): EmulatorState => ({
  accounts: new Map(),
  oauthClients: new Map(),
  tokens: createTokenStore(),
  calendars: new Map(),
  channels: new Map(),
  etags: { last: 0 },
});

export function replaceState(target: EmulatorState, source: EmulatorState): void {
  Object.assign(target, source);
}
