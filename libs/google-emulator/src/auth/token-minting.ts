import type { Clock } from '../clock/clock.ts';
import { opaqueToken } from '../ids/random-ids.ts';
import type { AccessTokenRecord, RefreshGrant, TokenStore } from './token.model.ts';

export const ACCESS_TOKEN_SECONDS = 3599;

export function mintAccessToken(
  tokens: TokenStore,
  clock: Clock,
  grant: { email: string; scopes: string[]; grant?: string },
  lifetimeSeconds = ACCESS_TOKEN_SECONDS,
): AccessTokenRecord {
  const record: AccessTokenRecord = {
    token: opaqueToken('ya29.'),
    email: grant.email,
    scopes: grant.scopes,
    expiresAt: clock.now() + lifetimeSeconds * 1000,
    ...(grant.grant === undefined ? {} : { grant: grant.grant }),
  };
  tokens.access.set(record.token, record);
  return record;
}

export function mintRefreshGrant(
  tokens: TokenStore,
  clock: Clock,
  grant: { email: string; scopes: string[]; clientId?: string },
): RefreshGrant {
  const record: RefreshGrant = { token: opaqueToken('1//'), issuedAt: clock.now(), ...grant };
  tokens.refresh.set(record.token, record);
  return record;
}

/** Drops every refresh grant and access token of one account (the "remove access" button in Google's UI). */
export function revokeAccount(tokens: TokenStore, email: string): void {
  for (const [key, grant] of tokens.refresh) if (grant.email === email) tokens.refresh.delete(key);
  for (const [key, access] of tokens.access) if (access.email === email) tokens.access.delete(key);
  for (const key of tokens.consents.keys()) if (key.startsWith(`${email} `)) tokens.consents.delete(key);
}
