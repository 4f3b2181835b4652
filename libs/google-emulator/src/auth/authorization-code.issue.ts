import { ensureAccount } from '../accounts/user-accounts.ts';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { opaqueToken } from '../ids/random-ids.ts';
import type { AuthorizeRequest } from './authorize-request.ts';

const CODE_LIFETIME_MS = 10 * 60 * 1000;

/**
 * The user approved: returns the redirect carrying a single-use code. Google hands out a refresh token only on the
 * first offline consent of a user to a client, or when `prompt=consent` forces the screen again.
 */
export function approveAuthorization(deps: EmulatorDeps, request: AuthorizeRequest, email: string): string {
  ensureAccount(deps, email);
  const consentKey = `${email} ${request.client_id}`;
  const firstConsent = !deps.state.tokens.consents.has(consentKey);
  const forced = request.prompt?.split(' ').includes('consent') ?? false;
  deps.state.tokens.consents.add(consentKey);
  const code = opaqueToken('4/0A', 32);
  deps.state.tokens.codes.set(code, {
    code,
    email,
    clientId: request.client_id,
    redirectUri: request.redirect_uri,
    scopes: request.scope.split(' ').filter(Boolean),
    expiresAt: deps.clock.now() + CODE_LIFETIME_MS,
    issueRefreshToken: request.access_type === 'offline' && (firstConsent || forced),
    ...(request.code_challenge === undefined ? {} : { codeChallenge: request.code_challenge }),
    codeChallengeMethod: request.code_challenge_method ?? 'plain',
  });
  return redirectWith(request, { code, scope: request.scope, authuser: '0', prompt: 'consent' });
}

export function denyAuthorization(request: AuthorizeRequest): string {
  return redirectWith(request, { error: 'access_denied' });
}

function redirectWith(request: AuthorizeRequest, params: Record<string, string>): string {
  const target = new URL(request.redirect_uri);
  if (request.state !== undefined) target.searchParams.set('state', request.state);
  for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
  return target.href;
}
