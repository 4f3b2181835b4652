import { ensureAccount } from '../accounts/user-accounts.ts';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { opaqueToken } from '../ids/random-ids.ts';
import type { AuthorizeRequest } from './authorize-request.ts';

const CODE_LIFETIME_MS = 10 * 60 * 1000;

export const consentKey = (email: string, clientId: string) => `${email} ${clientId}`;

/**
 * The user granted `granted` (a subset of the requested scopes): returns the redirect carrying a single-use code.
 * `include_granted_scopes=true` adds what the user granted this client before (incremental authorization). Google
 * hands out a refresh token only on the first offline consent of a user to a client, or when `prompt=consent`
 * forces the screen again.
 */
export function approveAuthorization(
  deps: EmulatorDeps,
  request: AuthorizeRequest,
  email: string,
  granted: string[],
): string {
  ensureAccount(deps, email);
  const { consents } = deps.state.tokens;
  const key = consentKey(email, request.client_id);
  const earlier = consents.get(key);
  const forced = request.prompt?.split(' ').includes('consent') ?? false;
  consents.set(key, union(earlier ?? [], granted));
  const scopes = request.include_granted_scopes === 'true' ? union(earlier ?? [], granted) : granted;
  const code = opaqueToken('4/0A', 32);
  deps.state.tokens.codes.set(code, {
    code,
    email,
    clientId: request.client_id,
    redirectUri: request.redirect_uri,
    scopes,
    expiresAt: deps.clock.now() + CODE_LIFETIME_MS,
    issueRefreshToken: request.access_type === 'offline' && (earlier === undefined || forced),
    ...(request.code_challenge === undefined ? {} : { codeChallenge: request.code_challenge }),
    codeChallengeMethod: request.code_challenge_method ?? 'plain',
  });
  return redirectWith(request, { code, scope: scopes.join(' '), authuser: '0', prompt: 'consent' });
}

/** `error` is `access_denied` when the user refused, or a `prompt=none` answer (`consent_required`, …). */
export function refuseAuthorization(request: AuthorizeRequest, error: string): string {
  return redirectWith(request, { error });
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

function redirectWith(request: AuthorizeRequest, params: Record<string, string>): string {
  const target = new URL(request.redirect_uri);
  if (request.state !== undefined) target.searchParams.set('state', request.state);
  for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
  return target.href;
}
