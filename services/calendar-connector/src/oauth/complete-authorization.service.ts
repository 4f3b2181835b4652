import { inTransaction } from '@calbridge/db';
import type { Credentials } from 'google-auth-library';
import type { ConnectorDeps } from '../connector-context.ts';
import { saveRefreshToken } from '../credentials/credential.repository.ts';
import { readGoogleError } from '../google/google-error.ts';
import { missingScopes, oauthScopes } from '../google/google-scopes.ts';
import { requestIntegrationSyncs } from '../inbound/sync-requests.repository.ts';
import { findIntegration, updateIntegration } from '../integrations/integration.repository.ts';
import { setIntegrationStatus } from '../integrations/integration-status.ts';
import { queueIntegrationBookings } from '../outbound/outbound-queue.repository.ts';
import { type CallbackOutcome, shortScope } from './callback-outcome.ts';
import { claimAuthorization } from './oauth-authorization.repository.ts';
import type { OAuthStateSigner } from './oauth-state.ts';

type CallbackDeps = Pick<ConnectorDeps, 'db' | 'google' | 'cipher' | 'callGoogle' | 'logger'>;

export interface CallbackQuery {
  state?: string;
  code?: string;
  error?: string;
}

/** The e-mail of the account that consented: its primary calendar's id, readable with the scopes already granted. */
async function googleAccountOf(deps: CallbackDeps, integrationId: string, tokens: Credentials): Promise<string> {
  const client = deps.google.oauthClient();
  client.setCredentials(tokens);
  const session = {
    calendar: deps.google.calendar(client),
    principal: `oauth:${integrationId}`,
    quotaUser: integrationId,
  };
  const entry = await deps.callGoogle(session, 'calendarList.get', () =>
    session.calendar.calendarList.get({ calendarId: 'primary', quotaUser: integrationId }),
  );
  if (!entry.data.id) throw new Error('the primary calendar has no id');
  return entry.data.id;
}

/**
 * Google's redirect after consent (spec §4): checks the state, exchanges the code with the PKCE verifier, refuses a
 * grant missing a scope the connector needs (Google lets the user untick them), then stores the refresh token
 * sealed and the account, and sets `authorized`, or `active` again when the partner had activated it, re-queueing
 * the bookings that waited. Codes, tokens and states are never logged.
 */
export async function completeAuthorization(
  deps: CallbackDeps,
  signer: OAuthStateSigner,
  query: CallbackQuery,
): Promise<CallbackOutcome> {
  const authorizationId = query.state === undefined ? undefined : signer.verify(query.state);
  if (!authorizationId) return { kind: 'invalid_state' };
  const claim = await inTransaction(deps.db, (trx) => claimAuthorization(trx, authorizationId));
  if (claim.outcome !== 'claimed') return { kind: `${claim.outcome === 'unknown' ? 'invalid' : claim.outcome}_state` };
  const integration = await findIntegration(deps.db, undefined, claim.integrationId);
  if (!integration) return { kind: 'invalid_state' };
  if (query.error !== undefined || query.code === undefined) return { kind: 'denied' };

  let tokens: Credentials;
  let googleAccount: string;
  try {
    tokens = (await deps.google.oauthClient().getToken({ code: query.code, codeVerifier: claim.codeVerifier })).tokens;
  } catch (error) {
    const { status, reason } = readGoogleError(error);
    deps.logger.warn({ integrationId: integration.id, status, reason }, 'OAuth code exchange failed');
    return { kind: 'exchange_failed' };
  }
  const granted = (tokens.scope ?? '').split(' ').filter(Boolean);
  const missing = missingScopes(granted, oauthScopes);
  if (missing.length > 0) {
    const reason = `missing_scopes: ${missing.map(shortScope).join(', ')}`;
    await inTransaction(deps.db, (trx) => setIntegrationStatus(trx, integration.id, integration.status, reason));
    return { kind: 'missing_scopes', missing };
  }
  if (!tokens.refresh_token) return { kind: 'no_refresh_token' };
  try {
    googleAccount = await googleAccountOf(deps, integration.id, tokens);
  } catch (error) {
    const { status, reason } = readGoogleError(error);
    deps.logger.warn({ integrationId: integration.id, status, reason }, 'reading the Google account failed');
    return { kind: 'exchange_failed' };
  }

  const refreshToken = tokens.refresh_token;
  await inTransaction(deps.db, async (trx) => {
    const current = await findIntegration(trx, undefined, integration.id, { forUpdate: true });
    if (!current) return;
    await saveRefreshToken(trx, deps.cipher, current.id, refreshToken);
    await updateIntegration(trx, current.id, { google_account: googleAccount, granted_scopes: granted });
    await setIntegrationStatus(trx, current.id, current.activated ? 'active' : 'authorized');
    if (current.activated) await queueIntegrationBookings(trx, current.id);
    // Whatever changed in Google while access was gone is read again in full (spec §5).
    await requestIntegrationSyncs(trx, current.id, { full: true });
  });
  deps.logger.info({ integrationId: integration.id }, 'Google account connected');
  return { kind: 'completed', googleAccount };
}
