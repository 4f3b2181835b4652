import type { EmulatorState } from '../state/emulator-state.ts';
import { AuthorizePageError, invalidAuthorizeRequest } from './authorize-page-error.ts';
import { type AuthorizeRequest, authorizeRequestSchema } from './authorize-request.ts';
import { isKnownScope } from './known-scopes.ts';

/**
 * Checks an authorization request in Google's order: the client, then its redirect URI (both before anything is
 * sent to that URI), then the parameters and scopes. Every failure is shown on the error page.
 */
export function validateAuthorizeRequest(state: EmulatorState, query: Record<string, unknown>): AuthorizeRequest {
  const client = state.oauthClients.get(String(query.client_id ?? ''));
  if (client === undefined) throw new AuthorizePageError(401, 'invalid_client', 'The OAuth client was not found.');
  const redirectUri = String(query.redirect_uri ?? '');
  if (!client.redirectUris.includes(redirectUri)) {
    throw new AuthorizePageError(
      400,
      'redirect_uri_mismatch',
      `The redirect URI in the request, ${redirectUri}, does not match the ones authorized for the OAuth client.`,
    );
  }
  const parsed = authorizeRequestSchema.safeParse(query);
  if (!parsed.success) throw invalidAuthorizeRequest(`Invalid parameter: ${parsed.error.issues[0]?.path.join('.')}`);
  const request = parsed.data;
  const prompts = request.prompt?.split(' ') ?? [];
  if (prompts.includes('none') && prompts.length > 1) {
    throw invalidAuthorizeRequest('prompt=none must not be combined with other values.');
  }
  const scopes = request.scope.split(' ').filter(Boolean);
  const invalid = scopes.filter((scope) => !isKnownScope(scope));
  if (invalid.length > 0) {
    const valid = scopes.filter(isKnownScope);
    throw new AuthorizePageError(
      400,
      'invalid_scope',
      `Some requested scopes were invalid. {valid=[${valid.join(', ')}], invalid=[${invalid.join(', ')}]}`,
    );
  }
  return request;
}
