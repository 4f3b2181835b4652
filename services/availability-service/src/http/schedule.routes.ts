import { inTransaction } from '@calbridge/db';
import type { HttpPlugin } from '@calbridge/http';
import { reevaluateRoomBlocks } from '../blocks/room-blocks.service.ts';
import type { Db } from '../db/db.ts';
import { scheduleNotFound } from '../errors/availability-problems.ts';
import { lockRoom } from '../rooms/room-lock.ts';
import { findSchedule, type Schedule, saveSchedule } from '../schedules/schedule.repository.ts';
import { accessibleRoom } from './room-access.ts';
import { roomParamsSchema } from './room-params.schema.ts';
import { scheduleInputSchema, scheduleSchema } from './schedule.schema.ts';

export const scheduleRoutes: HttpPlugin<{ db: Db }> = async (app, { db }) => {
  const present = (roomId: string, roomTimezone: string, schedule: Schedule) => ({
    roomId,
    timezone: schedule.timezone ?? roomTimezone,
    timezoneSource: schedule.timezone ? ('schedule' as const) : ('room' as const),
    weekly: schedule.weekly,
    slotMinutes: schedule.slotMinutes,
    everyMinutes: schedule.everyMinutes,
  });

  app.put(
    '/v1/rooms/:roomId/schedule',
    { schema: { params: roomParamsSchema, body: scheduleInputSchema, response: { 200: scheduleSchema } } },
    async (request) => {
      const room = await accessibleRoom(db, request, request.params.roomId);
      const schedule = request.body;
      await inTransaction(db, async (trx) => {
        await lockRoom(trx, room.id);
        const before = await findSchedule(trx, room.id);
        await saveSchedule(trx, room.id, schedule);
        // All-day blocks follow the time zone their days are resolved in.
        if ((before?.timezone ?? room.timezone) !== (schedule.timezone ?? room.timezone)) {
          await reevaluateRoomBlocks(trx, room.id);
        }
      });
      return present(room.id, room.timezone, schedule);
    },
  );

  app.get(
    '/v1/rooms/:roomId/schedule',
    { schema: { params: roomParamsSchema, response: { 200: scheduleSchema } } },
    async (request) => {
      const room = await accessibleRoom(db, request, request.params.roomId);
      const schedule = await findSchedule(db, room.id);
      if (!schedule) throw scheduleNotFound();
      return present(room.id, room.timezone, schedule);
    },
  );
};
