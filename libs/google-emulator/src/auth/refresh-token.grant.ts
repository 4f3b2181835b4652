import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { invalidGrant, OAuthError } from './oauth-error.ts';
import { mintAccessToken } from './token-minting.ts';
import type { TokenParams } from './token-params.ts';
import { tokenResponse } from './token-response.ts';

/** The client was authenticated before; a grant made to one client cannot be refreshed by another. */
export function refreshTokenGrant(deps: EmulatorDeps, params: TokenParams): Record<string, unknown> {
  const grant = deps.state.tokens.refresh.get(params.refresh_token ?? '');
  // An app in "Testing" publishing status gets refresh tokens that die after 7 days (reference §7.3).
  const lifetime = deps.controls.settings.refreshTokenLifetimeSeconds;
  const expired = grant !== undefined && lifetime > 0 && grant.issuedAt + lifetime * 1000 <= deps.clock.now();
  if (grant === undefined || expired || !deps.state.accounts.has(grant.email)) {
    throw invalidGrant('Token has been expired or revoked.');
  }
  if (grant.clientId !== undefined && grant.clientId !== params.client_id) {
    throw new OAuthError(401, 'unauthorized_client', 'Unauthorized');
  }
  const seconds = deps.controls.settings.accessTokenLifetimeSeconds;
  const access = mintAccessToken(deps.state.tokens, deps.clock, { ...grant, grant: grant.token }, seconds);
  return tokenResponse(access, seconds);
}
