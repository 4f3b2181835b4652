import { inTransaction } from '@calbridge/db';
import type { HttpPlugin } from '@calbridge/http';
import { z } from 'zod';
import { overrideBlock } from '../blocks/block-override.service.ts';
import { listBlocksPage } from '../blocks/block-queries.repository.ts';
import type { Db } from '../db/db.ts';
import { lockRoom } from '../rooms/room-lock.ts';
import { blockListQuerySchema, blockSchema, presentBlock } from './block.schema.ts';
import { blockCursor } from './block-cursor.ts';
import { blockNotFound } from './problems.ts';
import { accessibleRoom } from './room-access.ts';
import { roomParamsSchema } from './room-params.schema.ts';

const blockPageSchema = z.strictObject({ items: z.array(blockSchema), nextCursor: z.string().optional() });

export const blocksRoutes: HttpPlugin<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/v1/rooms/:roomId/blocks',
    { schema: { params: roomParamsSchema, querystring: blockListQuerySchema, response: { 200: blockPageSchema } } },
    async (request) => {
      const room = await accessibleRoom(db, request.tenant, request.params.roomId);
      const { state, limit, cursor } = request.query;
      const at = cursor === undefined ? undefined : blockCursor.decode(cursor);
      const after = at && { start: new Date(at.start), id: at.id };
      const rows = await listBlocksPage(db, room.id, { state, limit: limit + 1, ...(after && { after }) });
      const last = rows.length > limit ? rows[limit - 1] : undefined;
      const items = rows.slice(0, limit).map(presentBlock);
      return {
        items,
        ...(last?.start_at && { nextCursor: blockCursor.encode({ start: last.start_at.toISOString(), id: last.id }) }),
      };
    },
  );

  // The manual override (spec §5): released with `manual_override` until the calendar event changes.
  app.delete(
    '/v1/rooms/:roomId/blocks/:blockId',
    {
      schema: {
        params: roomParamsSchema.extend({ blockId: z.string().min(1).max(200) }),
        response: { 200: blockSchema },
      },
    },
    async (request) => {
      const room = await accessibleRoom(db, request.tenant, request.params.roomId);
      const row = await inTransaction(db, async (trx) => {
        await lockRoom(trx, room.id);
        return overrideBlock(trx, room.id, request.params.blockId);
      });
      if (!row || (!row.active && !row.release_reason)) throw blockNotFound();
      return presentBlock(row);
    },
  );
};
