import type { FastifyInstance } from 'fastify';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { authorizationCodeGrant } from './authorization-code.grant.ts';
import { authenticateClient } from './client-authentication.ts';
import { jwtBearerGrant } from './jwt-bearer.grant.ts';
import { OAuthError } from './oauth-error.ts';
import { refreshTokenGrant } from './refresh-token.grant.ts';
import { tokenParamsOf } from './token-params.ts';

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** Google's token endpoint (`https://oauth2.googleapis.com/token`), served at `/token`. */
export function registerTokenRoutes(app: FastifyInstance, deps: EmulatorDeps): void {
  app.post('/token', async (request, reply) => {
    const params = tokenParamsOf(request);
    reply.header('cache-control', 'no-cache, no-store, max-age=0, must-revalidate');
    switch (params.grant_type) {
      case 'refresh_token':
        authenticateClient(deps.state, params);
        return refreshTokenGrant(deps, params);
      case 'authorization_code':
        authenticateClient(deps.state, params);
        return authorizationCodeGrant(deps, params);
      case JWT_BEARER:
        return jwtBearerGrant(deps, params);
      default:
        throw new OAuthError(400, 'unsupported_grant_type', `Invalid grant_type: ${params.grant_type ?? ''}`);
    }
  });
}
