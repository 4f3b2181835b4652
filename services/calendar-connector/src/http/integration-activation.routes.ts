import { inTransaction } from '@calbridge/db';
import { type HttpPlugin, partnerScope, problemDetailsSchema } from '@calbridge/http';
import type { ConnectorDeps } from '../connector-context.ts';
import { activateIntegration, deactivateIntegration } from '../integrations/activation.service.ts';
import { presentIntegration } from '../integrations/integration-view.ts';
import { idParams, integrationSchema } from './integration.schemas.ts';

const tags = ['integrations'];
const schema = {
  tags,
  params: idParams,
  response: { 200: integrationSchema, 404: problemDetailsSchema, 409: problemDetailsSchema },
};

export const integrationActivationRoutes: HttpPlugin<{ deps: ConnectorDeps }> = async (app, { deps }) => {
  const { db } = deps;
  const saEmail = deps.google.serviceAccount?.email;

  app.post('/v1/integrations/:id/activate', { schema }, async (request) => {
    const scope = partnerScope(request);
    const configured = deps.google.serviceAccount !== undefined;
    const row = await inTransaction(db, (trx) => activateIntegration(trx, scope, request.params.id, configured));
    return presentIntegration(db, row, saEmail);
  });

  app.post('/v1/integrations/:id/deactivate', { schema }, async (request) => {
    const scope = partnerScope(request);
    const row = await inTransaction(db, (trx) => deactivateIntegration(trx, scope, request.params.id));
    return presentIntegration(db, row, saEmail);
  });
};
