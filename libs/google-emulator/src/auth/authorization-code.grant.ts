import { createHash } from 'node:crypto';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { invalidGrant, OAuthError } from './oauth-error.ts';
import type { AuthorizationCode } from './token.model.ts';
import { mintAccessToken, mintRefreshGrant } from './token-minting.ts';
import type { TokenParams } from './token-params.ts';
import { tokenResponse } from './token-response.ts';

/** Codes are single-use, bound to client, redirect URI and PKCE challenge (RFC 6749 §4.1.3, RFC 7636). */
export function authorizationCodeGrant(deps: EmulatorDeps, params: TokenParams): Record<string, unknown> {
  const { tokens } = deps.state;
  const code = tokens.codes.get(params.code ?? '');
  if (code === undefined || code.expiresAt <= deps.clock.now()) throw invalidGrant('Malformed auth code.');
  tokens.codes.delete(code.code);
  if (code.clientId !== params.client_id) throw new OAuthError(401, 'unauthorized_client', 'Unauthorized');
  if (code.redirectUri !== params.redirect_uri) throw new OAuthError(400, 'redirect_uri_mismatch', 'Bad Request');
  assertCodeVerifier(code, params.code_verifier);
  const grant = code.issueRefreshToken
    ? mintRefreshGrant(tokens, deps.clock, { email: code.email, scopes: code.scopes, clientId: code.clientId })
    : undefined;
  const seconds = deps.controls.settings.accessTokenLifetimeSeconds;
  const access = mintAccessToken(
    tokens,
    deps.clock,
    { email: code.email, scopes: code.scopes, ...(grant === undefined ? {} : { grant: grant.token }) },
    seconds,
  );
  return tokenResponse(access, seconds, grant?.token);
}

function assertCodeVerifier(code: AuthorizationCode, verifier: string | undefined): void {
  if (code.codeChallenge === undefined) return;
  if (verifier === undefined) throw invalidGrant('Missing code verifier.');
  const computed =
    code.codeChallengeMethod === 'S256' ? createHash('sha256').update(verifier).digest('base64url') : verifier;
  if (computed !== code.codeChallenge) throw invalidGrant('Invalid code verifier.');
}
