import { inTransaction } from '@calbridge/db';
import { type HttpPlugin, owningPartner, partnerScope, problemDetailsSchema, toPage } from '@calbridge/http';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { roomNotFound } from '../errors/booking-problems.ts';
import { withIdempotency } from '../idempotency/with-idempotency.ts';
import { findRoom, listRooms } from '../rooms/room.repository.ts';
import { changeRoom, createRoom } from '../rooms/room.service.ts';
import { roomCursor } from '../rooms/room-cursor.ts';
import { idempotencyHeaders, idParams } from './field.schemas.ts';
import { idempotentRequest } from './idempotent-request.ts';
import { newRoomSchema, roomChangesSchema, roomListQuery, roomPageSchema, roomSchema } from './room.schemas.ts';

const tags = ['rooms'];

export const roomRoutes: HttpPlugin<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.post(
    '/v1/rooms',
    { schema: { tags, headers: idempotencyHeaders, body: newRoomSchema, response: { 201: roomSchema } } },
    async (request, reply) => {
      const { partnerId, ...input } = request.body;
      const owner = owningPartner(request, partnerId, 'body.partnerId');
      const idempotency = idempotentRequest(request, request.headers['idempotency-key']);
      const result = await inTransaction(db, (trx) =>
        withIdempotency(trx, idempotency, () => createRoom(trx, owner, input)),
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(201).send(result.body);
    },
  );

  app.patch(
    '/v1/rooms/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: roomChangesSchema,
        response: { 200: roomSchema, 404: problemDetailsSchema },
      },
    },
    async (request) => {
      const scope = partnerScope(request);
      return inTransaction(db, (trx) => changeRoom(trx, scope, request.params.id, request.body));
    },
  );

  app.get(
    '/v1/rooms/:id',
    { schema: { tags, params: idParams, response: { 200: roomSchema, 404: problemDetailsSchema } } },
    async (request) => {
      const room = await findRoom(db, partnerScope(request), request.params.id);
      if (!room) throw roomNotFound();
      return room;
    },
  );

  app.get(
    '/v1/rooms',
    { schema: { tags, querystring: roomListQuery, response: { 200: roomPageSchema } } },
    async (request) => {
      const { limit, cursor, partnerId } = request.query;
      const scope = partnerScope(request, partnerId);
      const afterId = cursor === undefined ? undefined : roomCursor.decode(cursor).id;
      const rooms = await listRooms(db, scope, { limit: limit + 1, afterId });
      return toPage(
        rooms,
        limit,
        (room) => room,
        (room) => roomCursor.encode({ id: room.id }),
      );
    },
  );
};
