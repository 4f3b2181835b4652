import { inTransaction } from '@calbridge/db';
import type { ConnectorDeps } from '../connector-context.ts';
import {
  googleRefused,
  googleUnavailable,
  integrationNotAuthorized,
  reauthorizationRequired,
  serviceAccountNotConfigured,
} from '../errors/connector-problems.ts';
import type { GoogleMethod } from '../google/google-calls.ts';
import {
  type GoogleError,
  isInvalidGrant,
  isRateLimited,
  isTransient,
  readGoogleError,
} from '../google/google-error.ts';
import type { GoogleSession } from '../google/google-sessions.ts';
import type { IntegrationRow } from './integration.ts';
import { authorizationRevoked, setIntegrationStatus } from './integration-status.ts';

type GoogleDeps = Pick<ConnectorDeps, 'db' | 'sessions' | 'callGoogle'>;

const retryAfterSeconds = 30;

/** The integration's Google session, or the problem that says what the partner must set up first. */
export async function sessionOf(deps: GoogleDeps, integration: IntegrationRow): Promise<GoogleSession> {
  const session = await deps.sessions.forIntegration(deps.db, integration);
  if (session) return session;
  throw integration.auth === 'oauth' ? integrationNotAuthorized() : serviceAccountNotConfigured();
}

/**
 * One Google call made for an API request, under the limiter. A dead refresh token moves the integration to
 * `needs_reauth` (IntegrationStatusChanged) and tells the partner to reconnect; rate limits and Google outages
 * answer 503 with Retry-After; `expected` turns the failures the caller knows (a 404 …) into its own answer;
 * anything else is a 502, never a 500.
 */
export async function callGoogle<Result>(
  deps: GoogleDeps,
  integration: IntegrationRow,
  session: GoogleSession,
  method: GoogleMethod,
  call: (session: GoogleSession) => Promise<Result>,
  expected?: (failure: GoogleError) => Result | undefined,
): Promise<Result> {
  try {
    return await deps.callGoogle(session, method, () => call(session));
  } catch (error) {
    let failure = readGoogleError(error);
    if (failure.status === 401) {
      // A revocation kills the cached access token too: a fresh client's refresh tells whether the grant is gone.
      deps.sessions.forget(integration.id);
      const fresh = await sessionOf(deps, integration);
      try {
        return await deps.callGoogle(fresh, method, () => call(fresh));
      } catch (retried) {
        failure = readGoogleError(retried);
      }
    }
    if (isInvalidGrant(failure)) {
      const reason = authorizationRevoked;
      await inTransaction(deps.db, (trx) => setIntegrationStatus(trx, integration.id, 'needs_reauth', reason));
      throw reauthorizationRequired(reason);
    }
    if (isRateLimited(failure) || isTransient(failure)) throw googleUnavailable(retryAfterSeconds);
    const answer = expected?.(failure);
    if (answer !== undefined) return answer;
    throw googleRefused(failure.status);
  }
}
