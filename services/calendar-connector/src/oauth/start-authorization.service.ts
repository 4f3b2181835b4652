import { randomUUID } from 'node:crypto';
import type { PartnerScope } from '@calbridge/http';
import { CodeChallengeMethod } from 'google-auth-library';
import type { ConnectorDeps } from '../connector-context.ts';
import { integrationNotFound, notAnOAuthIntegration, oauthNotConfigured } from '../errors/connector-problems.ts';
import { oauthScopes } from '../google/google-scopes.ts';
import { findIntegration } from '../integrations/integration.repository.ts';
import { insertAuthorization } from './oauth-authorization.repository.ts';
import type { OAuthStateSigner } from './oauth-state.ts';

/**
 * The Google consent URL for one integration (spec §4, reference §7.2): offline access; `prompt=consent`, so a
 * re-authorization gets a new refresh token too; the smallest scopes, with those granted before kept; PKCE S256;
 * and a signed, single-use, expiring state whose row holds the code verifier.
 */
export async function startAuthorization(
  deps: Pick<ConnectorDeps, 'db' | 'google' | 'config'>,
  signer: OAuthStateSigner,
  scope: PartnerScope,
  integrationId: string,
): Promise<string> {
  const integration = await findIntegration(deps.db, scope, integrationId);
  if (!integration) throw integrationNotFound();
  if (integration.auth !== 'oauth') throw notAnOAuthIntegration();
  if (!deps.google.oauthConfigured) throw oauthNotConfigured();
  const client = deps.google.oauthClient();
  const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
  const id = randomUUID();
  await insertAuthorization(deps.db, {
    id,
    integration_id: integration.id,
    code_verifier: codeVerifier,
    expires_at: new Date(Date.now() + deps.config.OAUTH_STATE_TTL_SECONDS * 1000),
  });
  return client.generateAuthUrl({
    access_type: 'offline',
    prompt: 'consent',
    include_granted_scopes: true,
    scope: oauthScopes,
    state: signer.sign(id),
    code_challenge: codeChallenge,
    code_challenge_method: CodeChallengeMethod.S256,
    ...(integration.google_account ? { login_hint: integration.google_account } : {}),
  });
}
