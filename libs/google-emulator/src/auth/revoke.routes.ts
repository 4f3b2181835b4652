import type { FastifyInstance } from 'fastify';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { OAuthError } from './oauth-error.ts';

/** `https://oauth2.googleapis.com/revoke`: revoking either token of a grant ends the whole grant. */
export function registerRevokeRoutes(app: FastifyInstance, deps: EmulatorDeps): void {
  app.post('/revoke', async (request) => {
    const query = request.query as { token?: string };
    const body = (request.body ?? {}) as { token?: string };
    const token = query.token ?? body.token ?? '';
    const { tokens } = deps.state;
    const grant = tokens.refresh.has(token) ? token : tokens.access.get(token)?.grant;
    if (grant === undefined && !tokens.access.has(token))
      throw new OAuthError(400, 'invalid_token', 'Token expired or revoked');
    tokens.access.delete(token);
    if (grant !== undefined) {
      tokens.refresh.delete(grant);
      for (const [key, access] of tokens.access) if (access.grant === grant) tokens.access.delete(key);
    }
    return {};
  });
}
