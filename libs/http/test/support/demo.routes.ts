import { z } from 'zod';
import {
  conflict,
  freeTextField,
  type HttpPlugin,
  idField,
  lineTextField,
  notFound,
  orderedWindow,
  owningPartner,
  pageQueryFields,
  partnerScope,
  problemDetailsSchema,
  unprocessable,
} from '../../src/index.ts';

export const bookingSchema = z
  .strictObject({
    roomId: idField,
    start: z.iso.datetime(),
    end: z.iso.datetime(),
    name: lineTextField(200).min(1),
    customer: z.strictObject({ email: z.email().optional(), phone: z.string().optional() }).optional(),
    participants: z.int().positive().optional(),
    notes: freeTextField(2000).optional(),
    partnerId: idField.optional(),
  })
  .meta({ id: 'Booking' });

const listQuery = z
  .strictObject({
    ...pageQueryFields,
    partnerId: idField.optional(),
    from: z.iso.datetime().optional(),
    to: z.iso.datetime().optional(),
  })
  .superRefine(orderedWindow);

const idParams = z.strictObject({ id: idField });

// Routes shaped like a real service's, so tests observe the builder the way services will use it.
export const demoRoutes: HttpPlugin = async (app) => {
  app.post(
    '/v1/bookings',
    { schema: { body: bookingSchema, response: { 201: bookingSchema } } },
    async (request, reply) => {
      const partnerId = owningPartner(request, request.body.partnerId, 'body.partnerId');
      return reply.code(201).send({ ...request.body, partnerId });
    },
  );
  app.get('/v1/bookings', { schema: { querystring: listQuery } }, async (request) => ({
    partnerId: partnerScope(request, request.query.partnerId) ?? null,
    limit: request.query.limit,
  }));
  app.get('/v1/bookings/:id', { schema: { params: idParams, response: { 404: problemDetailsSchema } } }, async () => {
    throw notFound('booking');
  });
  app.get(
    '/v1/echo/:text',
    { schema: { params: z.strictObject({ text: z.string().max(200) }) } },
    async (request) => request.params,
  );
  app.post('/v1/bookings/:id/cancel', { schema: { params: idParams } }, async () => {
    throw conflict('slot_taken', 'The slot is already booked.', { members: { bookingId: 'b-1' } });
  });
  app.patch('/v1/bookings/:id', { schema: { params: idParams } }, async () => {
    throw unprocessable('end_before_start', 'The booking must end after it starts.', {
      errors: [{ field: 'body.end', message: 'Must be after start' }],
    });
  });
  app.get('/v1/me', async (request) => request.tenant);
  app.get('/v1/boom', async () => {
    throw new Error('password=hunter2 at db.internal:5432');
  });
  app.get('/v1/refused-by-database', async () => {
    throw Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      code: '22021',
      severity: 'ERROR',
    });
  });
  app.get('/v1/bad-response', { schema: { response: { 200: z.object({ id: z.uuid() }) } } }, async () => ({
    id: 'not-a-uuid',
  }));
  app.get('/public/peek', async (request) => request.tenant);
};
