import { inTransaction } from '@calbridge/db';
import { type HttpPlugin, partnerScope, problemDetailsSchema } from '@calbridge/http';
import type { ConnectorDeps } from '../connector-context.ts';
import { startManualSync } from '../manual-sync/manual-sync.service.ts';
import { findManualSync } from '../manual-sync/manual-sync-view.ts';
import { idParams } from './integration.schemas.ts';
import {
  manualSyncBodySchema,
  manualSyncParams,
  manualSyncSchema,
  manualSyncStartedSchema,
} from './manual-sync.schemas.ts';

const tags = ['integrations'];

/** The "Synchronize calendars" button and its progress (spec §4). */
export const manualSyncRoutes: HttpPlugin<{ deps: ConnectorDeps }> = async (app, { deps }) => {
  const { db } = deps;

  app.post(
    '/v1/integrations/:id/sync',
    {
      schema: {
        tags,
        params: idParams,
        body: manualSyncBodySchema,
        response: {
          202: manualSyncStartedSchema,
          404: problemDetailsSchema,
          409: problemDetailsSchema,
          422: problemDetailsSchema,
        },
      },
    },
    async (request, reply) => {
      const scope = partnerScope(request);
      const syncId = await inTransaction(db, (trx) => startManualSync(trx, scope, request.params.id, request.body));
      return reply.code(202).send({ syncId });
    },
  );

  app.get(
    '/v1/integrations/:id/syncs/:syncId',
    { schema: { tags, params: manualSyncParams, response: { 200: manualSyncSchema, 404: problemDetailsSchema } } },
    async (request) => findManualSync(db, partnerScope(request), request.params.id, request.params.syncId),
  );
};
