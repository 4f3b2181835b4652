import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { revokeAccount } from '../auth/token-minting.ts';
import { parseControlBody } from './control-body.ts';

const revokeBody = z.object({ email: z.email() });

export function registerOAuthControlRoutes(app: FastifyInstance, deps: EmulatorDeps): void {
  app.post('/oauth/revoke', async (request, reply) => {
    const { email } = parseControlBody(revokeBody, request.body);
    revokeAccount(deps.state.tokens, email);
    return reply.code(204).send();
  });
}
