import { decodeJwt, errors, importSPKI, jwtVerify } from 'jose';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { invalidGrant, OAuthError } from './oauth-error.ts';
import { mintAccessToken } from './token-minting.ts';
import type { TokenParams } from './token-params.ts';
import { tokenResponse } from './token-response.ts';

const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';
const SHORT_LIVED =
  'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.';

/** Service-account grant (RFC 7523): an RS256 assertion signed with the key the control API handed out. */
export async function jwtBearerGrant(deps: EmulatorDeps, params: TokenParams): Promise<Record<string, unknown>> {
  const assertion = params.assertion ?? '';
  const issuer = claimsOf(assertion).iss ?? '';
  const account = deps.state.accounts.get(issuer);
  const key = account?.serviceAccount;
  if (key === undefined) throw invalidGrant('Invalid grant: account not found');
  const claims = await verify(assertion, key.publicKeyPem, deps);
  if (typeof claims.exp !== 'number' || typeof claims.iat !== 'number' || claims.exp - claims.iat > 3600) {
    throw invalidGrant(SHORT_LIVED);
  }
  const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : [];
  if (scopes.length === 0)
    throw new OAuthError(400, 'invalid_scope', 'Invalid OAuth scope or ID token audience provided.');
  const subject = typeof claims.sub === 'string' && claims.sub !== issuer ? claims.sub : undefined;
  if (subject !== undefined && !key.domainWideDelegation) {
    throw new OAuthError(
      401,
      'unauthorized_client',
      'Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.',
    );
  }
  if (subject !== undefined && deps.state.accounts.get(subject)?.kind !== 'user')
    throw invalidGrant('Invalid email or User ID');
  const seconds = deps.controls.settings.accessTokenLifetimeSeconds;
  const access = mintAccessToken(deps.state.tokens, deps.clock, { email: subject ?? issuer, scopes }, seconds);
  return tokenResponse(access, seconds);
}

function claimsOf(assertion: string) {
  try {
    return decodeJwt(assertion);
  } catch {
    throw invalidGrant('Invalid JWT Signature.');
  }
}

async function verify(assertion: string, publicKeyPem: string, deps: EmulatorDeps) {
  try {
    const { payload } = await jwtVerify(assertion, await importSPKI(publicKeyPem, 'RS256'), {
      algorithms: ['RS256'],
      audience: [GOOGLE_TOKEN_URL, `${deps.publicUrl()}/token`],
      currentDate: new Date(deps.clock.now()),
      clockTolerance: 60,
    });
    return payload;
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw invalidGrant(SHORT_LIVED);
    if (error instanceof errors.JWTClaimValidationFailed)
      throw invalidGrant(`Invalid JWT: Failed ${error.claim} check.`);
    throw invalidGrant('Invalid JWT Signature.');
  }
}
