import { inTransaction } from '@calbridge/db';
import type { HttpPlugin } from '@calbridge/http';
import { z } from 'zod';
import { findBlockRules, saveBlockRules } from '../block-rules/block-rule.repository.ts';
import { allDayRules, timedRules } from '../block-rules/block-rules.ts';
import { reevaluateRoomBlocks } from '../blocks/room-blocks.service.ts';
import type { Db } from '../db/db.ts';
import { lockRoom } from '../rooms/room-lock.ts';
import { accessibleRoom } from './room-access.ts';
import { roomParamsSchema } from './room-params.schema.ts';

const blockRulesSchema = z
  .strictObject({
    timed: z.enum(timedRules).describe('Which timed events block: all, busy (not "free"), red (colorId 11), none'),
    allDay: z.enum(allDayRules).describe('Which all-day events block; red_or_busy blocks red or busy ones'),
  })
  .meta({ id: 'BlockRules' });

export const blockRulesRoutes: HttpPlugin<{ db: Db }> = async (app, { db }) => {
  const schema = { params: roomParamsSchema, response: { 200: blockRulesSchema } };

  // Changing the rules re-decides the room's calendar events at once, publishing what was applied or released.
  app.put('/v1/rooms/:roomId/block-rules', { schema: { ...schema, body: blockRulesSchema } }, async (request) => {
    const room = await accessibleRoom(db, request, request.params.roomId);
    await inTransaction(db, async (trx) => {
      await lockRoom(trx, room.id);
      await saveBlockRules(trx, room.id, request.body);
      await reevaluateRoomBlocks(trx, room.id);
    });
    return request.body;
  });

  app.get('/v1/rooms/:roomId/block-rules', { schema }, async (request) => {
    const room = await accessibleRoom(db, request, request.params.roomId);
    return findBlockRules(db, room.id);
  });
};
