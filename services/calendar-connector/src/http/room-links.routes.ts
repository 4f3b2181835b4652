import { type HttpPlugin, partnerScope, problemDetailsSchema, toPage } from '@calbridge/http';
import { z } from 'zod';
import type { ConnectorDeps } from '../connector-context.ts';
import { integrationNotFound } from '../errors/connector-problems.ts';
import { findIntegration } from '../integrations/integration.repository.ts';
import { linkRoom, unlinkRoom } from '../links/link-room.service.ts';
import { listLinks } from '../links/room-link.repository.ts';
import { toRoomLink } from '../links/room-link.ts';
import { roomLinkCursor } from '../links/room-link-cursor.ts';
import { idParams } from './integration.schemas.ts';
import {
  linkBodySchema,
  roomLinkListQuery,
  roomLinkPageSchema,
  roomLinkParams,
  roomLinkSchema,
} from './room-link.schemas.ts';

const tags = ['room links'];

export const roomLinkRoutes: HttpPlugin<{ deps: ConnectorDeps }> = async (app, { deps }) => {
  app.put(
    '/v1/integrations/:id/rooms/:roomId',
    {
      schema: {
        tags,
        params: roomLinkParams,
        body: linkBodySchema,
        response: {
          200: roomLinkSchema,
          404: problemDetailsSchema,
          409: problemDetailsSchema,
          422: problemDetailsSchema,
          503: problemDetailsSchema,
        },
      },
    },
    async (request) => {
      const { id, roomId } = request.params;
      return toRoomLink(await linkRoom(deps, partnerScope(request), id, roomId, request.body.calendarId));
    },
  );

  app.delete(
    '/v1/integrations/:id/rooms/:roomId',
    {
      schema: {
        tags,
        params: roomLinkParams,
        response: { 204: z.null().describe('Deleted'), 404: problemDetailsSchema },
      },
    },
    async (request, reply) => {
      const { id, roomId } = request.params;
      await unlinkRoom(deps, partnerScope(request), id, roomId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/v1/integrations/:id/rooms',
    {
      schema: {
        tags,
        params: idParams,
        querystring: roomLinkListQuery,
        response: { 200: roomLinkPageSchema, 404: problemDetailsSchema },
      },
    },
    async (request) => {
      const integration = await findIntegration(deps.db, partnerScope(request), request.params.id);
      if (!integration) throw integrationNotFound();
      const { limit, cursor } = request.query;
      const afterRoomId = cursor === undefined ? undefined : roomLinkCursor.decode(cursor).roomId;
      const rows = await listLinks(deps.db, integration.id, { limit: limit + 1, afterRoomId });
      return toPage(rows, limit, toRoomLink, (row) => roomLinkCursor.encode({ roomId: row.room_id }));
    },
  );
};
