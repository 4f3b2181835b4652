import { type HttpPlugin, partnerScope, problemDetailsSchema } from '@calbridge/http';
import type { ConnectorDeps } from '../connector-context.ts';
import { renderCallbackPage } from '../oauth/callback-page.ts';
import { completeAuthorization } from '../oauth/complete-authorization.service.ts';
import { createOAuthStateSigner } from '../oauth/oauth-state.ts';
import { startAuthorization } from '../oauth/start-authorization.service.ts';
import { authorizeResponseSchema, callbackQuery } from './calendar.schemas.ts';
import { idParams } from './integration.schemas.ts';

// The callback's query holds the code and the state: its request log line keeps the path only.
const pathOnly = {
  req: (request: { method: string; url: string }) => ({ method: request.method, url: request.url.split('?', 1)[0] }),
};

export const oauthRoutes: HttpPlugin<{ deps: ConnectorDeps }> = async (app, { deps }) => {
  const signer = createOAuthStateSigner(deps.config);

  app.post(
    '/v1/integrations/:id/google/authorize',
    {
      schema: {
        tags: ['google access'],
        params: idParams,
        response: { 200: authorizeResponseSchema, 404: problemDetailsSchema, 409: problemDetailsSchema },
      },
    },
    async (request) => ({ url: await startAuthorization(deps, signer, partnerScope(request), request.params.id) }),
  );

  app.get(
    '/oauth2/callback',
    {
      schema: { tags: ['google access'], querystring: callbackQuery, security: [] },
      logSerializers: pathOnly,
    },
    async (request, reply) => {
      const outcome = await completeAuthorization(deps, signer, request.query);
      request.log.info({ outcome: outcome.kind }, 'OAuth callback answered');
      const { status, html } = renderCallbackPage(outcome);
      return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
    },
  );
};
