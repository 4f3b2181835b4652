import type { HttpPlugin } from '@calbridge/http';
import { DateTime } from 'luxon';
import { getAvailability } from '../availability/availability.service.ts';
import type { Db } from '../db/db.ts';
import { findSchedule } from '../schedules/schedule.repository.ts';
import { availabilityQuerySchema, availabilitySchema } from './availability.schema.ts';
import { isoInstant } from './iso-instant.ts';
import { accessibleRoom } from './room-access.ts';
import { roomParamsSchema } from './room-params.schema.ts';

export const availabilityRoutes: HttpPlugin<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/v1/rooms/:roomId/availability',
    {
      schema: { params: roomParamsSchema, querystring: availabilityQuerySchema, response: { 200: availabilitySchema } },
    },
    async (request) => {
      const room = await accessibleRoom(db, request, request.params.roomId);
      const { from, to } = request.query;
      const zone = from.length === 10 || to.length === 10 ? await zoneOf(db, room) : room.timezone;
      const window = { from: boundaryAt(from, zone), to: boundaryAt(to, zone) };
      const availability = await getAvailability(db, room, window);
      return {
        timezone: availability.timezone,
        busy: availability.busy.map(({ start, end, kind, id }) => ({
          start: isoInstant(start),
          end: isoInstant(end),
          kind,
          id,
        })),
        ...(availability.slots && {
          slots: availability.slots.map(({ start, end, ...rest }) => ({
            start: isoInstant(start),
            end: isoInstant(end),
            ...rest,
          })),
        }),
      };
    },
  );
};

async function zoneOf(db: Db, room: { id: string; timezone: string }): Promise<string> {
  return (await findSchedule(db, room.id))?.timezone ?? room.timezone;
}

function boundaryAt(value: string, zone: string): Date {
  return value.length === 10 ? DateTime.fromISO(value, { zone }).startOf('day').toJSDate() : new Date(value);
}
