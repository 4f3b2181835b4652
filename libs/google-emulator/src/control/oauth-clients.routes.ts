import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { numericId, opaqueToken } from '../ids/random-ids.ts';
import { parseControlBody } from './control-body.ts';

const clientBody = z.object({
  redirectUris: z.array(z.url()).min(1),
  clientId: z.string().min(1).optional(),
  clientSecret: z.string().min(1).optional(),
});

/**
 * Registers an OAuth client as the Cloud console would. Registering a known client id again replaces its redirect
 * URIs and keeps its secret unless one is given, so a stack restarted on a snapshot keeps working credentials.
 */
export function registerOAuthClientRoutes(app: FastifyInstance, deps: EmulatorDeps): void {
  app.post('/oauth-clients', async (request) => {
    const body = parseControlBody(clientBody, request.body);
    const clientId = body.clientId ?? `${numericId(12)}-emulator.apps.googleusercontent.com`;
    const existing = deps.state.oauthClients.get(clientId);
    const client = {
      clientId,
      clientSecret: body.clientSecret ?? existing?.clientSecret ?? opaqueToken('GOCSPX-', 21),
      redirectUris: body.redirectUris,
    };
    deps.state.oauthClients.set(clientId, client);
    return client;
  });
}
