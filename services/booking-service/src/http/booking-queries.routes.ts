import { type HttpPlugin, partnerScope, problemDetailsSchema, toPage } from '@calbridge/http';
import type { Kysely } from 'kysely';
import { findBooking } from '../bookings/booking.repository.ts';
import type { BookingStatus } from '../bookings/booking.ts';
import { bookingCursor } from '../bookings/booking-cursor.ts';
import { listBookings } from '../bookings/booking-list.repository.ts';
import type { Database } from '../db/database.ts';
import { bookingNotFound } from '../errors/booking-problems.ts';
import { bookingSchema } from './booking.schemas.ts';
import { bookingListQuery, bookingPageSchema } from './booking-list.schemas.ts';
import { idParams } from './field.schemas.ts';

const tags = ['bookings'];

export const bookingQueryRoutes: HttpPlugin<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get(
    '/v1/bookings/:id',
    { schema: { tags, params: idParams, response: { 200: bookingSchema, 404: problemDetailsSchema } } },
    async (request) => {
      const booking = await findBooking(db, partnerScope(request), request.params.id);
      if (!booking) throw bookingNotFound();
      return booking;
    },
  );

  app.get(
    '/v1/bookings',
    { schema: { tags, querystring: bookingListQuery, response: { 200: bookingPageSchema } } },
    async (request) => {
      const { limit, cursor, partnerId, status, ...filter } = request.query;
      const scope = partnerScope(request, partnerId);
      const after = cursor === undefined ? undefined : bookingCursor.decode(cursor);
      const statuses = status?.split(',') as BookingStatus[] | undefined;
      const rows = await listBookings(db, scope, { ...filter, status: statuses }, { limit: limit + 1, after });
      const cursorAt = (booking: (typeof rows)[number]) =>
        bookingCursor.encode({ start: booking.start, id: booking.id });
      return toPage(rows, limit, (booking) => booking, cursorAt);
    },
  );
};
