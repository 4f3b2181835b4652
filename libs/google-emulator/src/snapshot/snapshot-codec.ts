import type { Account } from '../accounts/account.model.ts';
import type { OAuthClient } from '../auth/oauth-client.model.ts';
import type { AccessTokenRecord, AuthorizationCode, RefreshGrant } from '../auth/token.model.ts';
import type { AccessRole, CalendarRecord } from '../calendars/calendar.model.ts';
import type { StoredEvent } from '../events/event.model.ts';
import type { Channel } from '../push/channel.model.ts';
import type { EmulatorState } from '../state/emulator-state.ts';

type CalendarSnapshot = Omit<CalendarRecord, 'acl' | 'events'> & { acl: [string, AccessRole][]; events: StoredEvent[] };

export interface StateSnapshot {
  version: 1;
  accounts: Account[];
  /** Absent in snapshots written before clients were registered. */
  oauthClients?: OAuthClient[];
  tokens: {
    access: AccessTokenRecord[];
    refresh: RefreshGrant[];
    codes: AuthorizationCode[];
    /** Older snapshots hold bare `email client` keys, read as consents to no remembered scope. */
    consents: ([string, string[]] | string)[];
  };
  calendars: CalendarSnapshot[];
  channels: Channel[];
  etags: { last: number };
}

export function encodeState(state: EmulatorState): StateSnapshot {
  return {
    version: 1,
    accounts: [...state.accounts.values()],
    oauthClients: [...state.oauthClients.values()],
    tokens: {
      access: [...state.tokens.access.values()],
      refresh: [...state.tokens.refresh.values()],
      codes: [...state.tokens.codes.values()],
      consents: [...state.tokens.consents],
    },
    calendars: [...state.calendars.values()].map((calendar) => ({
      ...calendar,
      acl: [...calendar.acl],
      events: [...calendar.events.values()],
    })),
    channels: [...state.channels.values()],
    etags: { ...state.etags },
  };
}

export function decodeState(snapshot: StateSnapshot): EmulatorState {
  if (snapshot.version !== 1) throw new Error(`unsupported snapshot version ${String(snapshot.version)}`);
  const byKey = <T, K>(items: T[], key: (item: T) => K) => new Map(items.map((item) => [key(item), item] as const));
  return {
    accounts: byKey(snapshot.accounts, (account) => account.email),
    oauthClients: byKey(snapshot.oauthClients ?? [], (client) => client.clientId),
    tokens: {
      access: byKey(snapshot.tokens.access, (token) => token.token),
      refresh: byKey(snapshot.tokens.refresh, (grant) => grant.token),
      codes: byKey(snapshot.tokens.codes, (code) => code.code),
      consents: new Map(snapshot.tokens.consents.map((entry) => (typeof entry === 'string' ? [entry, []] : entry))),
    },
    calendars: byKey(
      snapshot.calendars.map((calendar) => ({
        ...calendar,
        acl: new Map(calendar.acl),
        events: byKey(calendar.events, (event) => event.id),
      })),
      (calendar) => calendar.id,
    ),
    channels: byKey(snapshot.channels, (channel) => channel.id),
    etags: { ...snapshot.etags },
  };
}
