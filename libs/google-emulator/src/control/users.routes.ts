import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ensureAccount } from '../accounts/user-accounts.ts';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { FULL_CALENDAR_SCOPE } from '../auth/scopes.ts';
import { ACCESS_TOKEN_SECONDS, mintAccessToken, mintRefreshGrant } from '../auth/token-minting.ts';
import { controlError, parseControlBody } from './control-body.ts';

const userBody = z.object({ email: z.email(), timeZone: z.string().optional() });

export function registerUserRoutes(app: FastifyInstance, deps: EmulatorDeps): void {
  app.post('/users', async (request) => {
    const { email, timeZone } = parseControlBody(userBody, request.body);
    const account = ensureAccount(deps, email, 'user', timeZone);
    if (account.kind !== 'user') throw controlError(409, `${email} is a service account`);
    const scopes = [FULL_CALENDAR_SCOPE];
    const grant = mintRefreshGrant(deps.state.tokens, deps.clock, { email, scopes });
    const access = mintAccessToken(deps.state.tokens, deps.clock, { email, scopes, grant: grant.token });
    return {
      email,
      accessToken: access.token,
      refreshToken: grant.token,
      expiresIn: ACCESS_TOKEN_SECONDS,
      scope: FULL_CALENDAR_SCOPE,
    };
  });
}
