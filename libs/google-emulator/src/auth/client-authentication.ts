import type { EmulatorState } from '../state/emulator-state.ts';
import type { OAuthClient } from './oauth-client.model.ts';
import { OAuthError } from './oauth-error.ts';
import type { TokenParams } from './token-params.ts';

/** The token endpoint's client check, with Google's answers for a missing, unknown or wrongly authenticated client. */
export function authenticateClient(state: EmulatorState, params: TokenParams): OAuthClient {
  if (params.client_id === undefined) {
    throw new OAuthError(400, 'invalid_request', 'Could not determine client ID from request.');
  }
  const client = state.oauthClients.get(params.client_id);
  if (client === undefined) throw new OAuthError(401, 'invalid_client', 'The OAuth client was not found.');
  if (params.client_secret === undefined) throw new OAuthError(400, 'invalid_request', 'client_secret is missing.');
  if (params.client_secret !== client.clientSecret) throw new OAuthError(401, 'invalid_client', 'Unauthorized');
  return client;
}
