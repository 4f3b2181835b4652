import { z } from 'zod';
import { conflict, type HttpPlugin, notFound, tenantScope, unprocessable } from '../../src/index.ts';

export const bookingSchema = z
  .strictObject({
    roomId: z.uuid(),
    start: z.iso.datetime(),
    end: z.iso.datetime(),
    name: z.string().min(1),
    customer: z.strictObject({ email: z.email().optional(), phone: z.string().optional() }).optional(),
    participants: z.int().positive().optional(),
  })
  .meta({ id: 'Booking' });

const listQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).optional(),
  partnerId: z.uuid().optional(),
});

// Routes shaped like a real service's, so tests observe the builder the way services will use it.
export const demoRoutes: HttpPlugin = async (app) => {
  app.post(
    '/v1/bookings',
    { schema: { body: bookingSchema, response: { 201: bookingSchema } } },
    async (request, reply) => reply.code(201).send(request.body),
  );
  app.get('/v1/bookings', { schema: { querystring: listQuery } }, async (request) => ({
    partnerId: tenantScope(request, request.query.partnerId),
    limit: request.query.limit ?? 20,
  }));
  app.get('/v1/bookings/:id', { schema: { params: z.strictObject({ id: z.uuid() }) } }, async () => {
    throw notFound('Booking');
  });
  app.post('/v1/bookings/:id/cancel', async () => {
    throw conflict('slot_taken', 'The slot is already booked.', { members: { bookingId: 'b-1' } });
  });
  app.patch('/v1/bookings/:id', async () => {
    throw unprocessable('end_before_start', 'The booking must end after it starts.', {
      errors: [{ field: 'body.end', message: 'Must be after start' }],
    });
  });
  app.get('/v1/me', async (request) => request.tenant);
  app.get('/v1/boom', async () => {
    throw new Error('password=hunter2 at db.internal:5432');
  });
  app.get('/v1/bad-response', { schema: { response: { 200: z.object({ id: z.uuid() }) } } }, async () => ({
    id: 'not-a-uuid',
  }));
  app.get('/public/peek', async (request) => request.tenant);
};
