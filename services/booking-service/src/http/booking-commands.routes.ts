import { inTransaction } from '@calbridge/db';
import { type HttpPlugin, owningPartner, partnerScope, problemDetailsSchema } from '@calbridge/http';
import type { Kysely } from 'kysely';
import { cancelBooking } from '../bookings/cancel-booking.service.ts';
import { createBooking } from '../bookings/create-booking.service.ts';
import { updateBooking } from '../bookings/update-booking.service.ts';
import type { Database } from '../db/database.ts';
import { withIdempotency } from '../idempotency/with-idempotency.ts';
import { bookingChangesSchema, bookingSchema, newBookingSchema } from './booking.schemas.ts';
import { idempotencyHeaders, idParams } from './field.schemas.ts';
import { idempotentRequest } from './idempotent-request.ts';

const tags = ['bookings'];

export const bookingCommandRoutes: HttpPlugin<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.post(
    '/v1/bookings',
    { schema: { tags, headers: idempotencyHeaders, body: newBookingSchema, response: { 201: bookingSchema } } },
    async (request, reply) => {
      const { partnerId, ...booking } = request.body;
      // The booking takes its room's partner; naming the owner confines an admin to that partner's rooms.
      const owner = owningPartner(request, partnerId, 'body.partnerId');
      const idempotency = idempotentRequest(request, request.headers['idempotency-key']);
      // Creating is one statement, atomic by itself; only the idempotency key's claim and stored response need a
      // transaction around it.
      if (idempotency === undefined) return reply.code(201).send(await createBooking(db, owner, booking));
      const result = await inTransaction(db, (trx) =>
        withIdempotency(trx, idempotency, () => createBooking(trx, owner, booking)),
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(201).send(result.body);
    },
  );

  app.patch(
    '/v1/bookings/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: bookingChangesSchema,
        response: { 200: bookingSchema, 404: problemDetailsSchema },
      },
    },
    async (request) => {
      const scope = partnerScope(request);
      return inTransaction(db, (trx) => updateBooking(trx, scope, request.params.id, request.body));
    },
  );

  app.post(
    '/v1/bookings/:id/cancel',
    {
      schema: {
        tags,
        headers: idempotencyHeaders,
        params: idParams,
        response: { 200: bookingSchema, 404: problemDetailsSchema },
      },
    },
    async (request, reply) => {
      const scope = partnerScope(request);
      const idempotency = idempotentRequest(request, request.headers['idempotency-key']);
      const result = await inTransaction(db, (trx) =>
        withIdempotency(trx, idempotency, () => cancelBooking(trx, scope, request.params.id)),
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(200).send(result.body);
    },
  );
};
