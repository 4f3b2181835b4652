import { inTransaction } from '@calbridge/db';
import { type HttpPlugin, owningPartner, partnerScope, problemDetailsSchema, toPage } from '@calbridge/http';
import { z } from 'zod';
import { stopIntegrationChannels } from '../channels/stop-integration-channels.ts';
import type { ConnectorDeps } from '../connector-context.ts';
import { integrationNotFound } from '../errors/connector-problems.ts';
import { findIntegration, listIntegrations } from '../integrations/integration.repository.ts';
import { changeIntegration, createIntegration, deleteIntegration } from '../integrations/integration.service.ts';
import { integrationCursor } from '../integrations/integration-cursor.ts';
import { presentIntegration, presentIntegrations } from '../integrations/integration-view.ts';
import {
  idParams,
  integrationChangesSchema,
  integrationListQuery,
  integrationPageSchema,
  integrationSchema,
  newIntegrationSchema,
} from './integration.schemas.ts';

const tags = ['integrations'];
const channelStopTimeoutMs = 3_000;

export const integrationRoutes: HttpPlugin<{ deps: ConnectorDeps }> = async (app, { deps }) => {
  const { db } = deps;
  const saEmail = deps.google.serviceAccount?.email;

  app.post(
    '/v1/integrations',
    { schema: { tags, body: newIntegrationSchema, response: { 201: integrationSchema } } },
    async (request, reply) => {
      const { partnerId, ...input } = request.body;
      const owner = owningPartner(request, partnerId, 'body.partnerId');
      const row = await inTransaction(db, (trx) => createIntegration(trx, owner, input));
      return reply.code(201).send(await presentIntegration(db, row, saEmail));
    },
  );

  app.get(
    '/v1/integrations',
    { schema: { tags, querystring: integrationListQuery, response: { 200: integrationPageSchema } } },
    async (request) => {
      const { limit, cursor, partnerId } = request.query;
      const scope = partnerScope(request, partnerId);
      const afterId = cursor === undefined ? undefined : integrationCursor.decode(cursor).id;
      const rows = await listIntegrations(db, scope, { limit: limit + 1, afterId });
      const page = toPage(
        rows,
        limit,
        (row) => row,
        (row) => integrationCursor.encode({ id: row.id }),
      );
      return { items: await presentIntegrations(db, page.items, saEmail), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/v1/integrations/:id',
    { schema: { tags, params: idParams, response: { 200: integrationSchema, 404: problemDetailsSchema } } },
    async (request) => {
      const row = await findIntegration(db, partnerScope(request), request.params.id);
      if (!row) throw integrationNotFound();
      return presentIntegration(db, row, saEmail);
    },
  );

  app.patch(
    '/v1/integrations/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: integrationChangesSchema,
        response: { 200: integrationSchema, 404: problemDetailsSchema, 409: problemDetailsSchema },
      },
    },
    async (request) => {
      const scope = partnerScope(request);
      const row = await inTransaction(db, (trx) => changeIntegration(trx, scope, request.params.id, request.body));
      return presentIntegration(db, row, saEmail);
    },
  );

  app.delete(
    '/v1/integrations/:id',
    { schema: { tags, params: idParams, response: { 204: z.null().describe('Deleted'), 404: problemDetailsSchema } } },
    async (request, reply) => {
      const scope = partnerScope(request);
      // Spec §4: DELETE stops every channel, while the integration's credentials still exist to do it.
      const row = await findIntegration(db, scope, request.params.id);
      if (row) await stopIntegrationChannels(deps, row.id, channelStopTimeoutMs);
      await inTransaction(db, (trx) => deleteIntegration(trx, scope, request.params.id));
      return reply.code(204).send(null);
    },
  );
};
