import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { approveAuthorization, consentKey, refuseAuthorization } from './authorization-code.issue.ts';
import type { AuthorizeRequest } from './authorize-request.ts';

export const requestedScopes = (request: AuthorizeRequest) => request.scope.split(' ').filter(Boolean);

/** The user approved with `ticked` scopes; granting none of them is a refusal. */
export function grantScopes(deps: EmulatorDeps, request: AuthorizeRequest, email: string, ticked: string[]): string {
  const granted = requestedScopes(request).filter((scope) => ticked.includes(scope));
  if (granted.length === 0) return refuseAuthorization(request, 'access_denied');
  return approveAuthorization(deps, request, email, granted);
}

/**
 * `prompt=none` never shows a screen (OpenID Connect Core §3.1.2.1): it answers at once with a code when this user
 * already granted this client every requested scope, else with the error Google redirects with.
 */
export function silentAuthorization(deps: EmulatorDeps, request: AuthorizeRequest): string {
  const email = request.login_hint;
  if (!email) return refuseAuthorization(request, 'login_required');
  const earlier = deps.state.tokens.consents.get(consentKey(email, request.client_id)) ?? [];
  const requested = requestedScopes(request);
  if (!requested.every((scope) => earlier.includes(scope))) return refuseAuthorization(request, 'consent_required');
  return approveAuthorization(deps, request, email, requested);
}
