import { inTransaction } from '@calbridge/db';
import { type HttpPlugin, idField, problemDetailsSchema, toPage } from '@calbridge/http';
import { overrideBlock } from '../blocks/block-override.service.ts';
import { listBlocksPage } from '../blocks/block-queries.repository.ts';
import type { Db } from '../db/db.ts';
import { blockNotFound } from '../errors/availability-problems.ts';
import { lockRoom } from '../rooms/room-lock.ts';
import { blockListQuerySchema, blockPageSchema, blockSchema, presentBlock } from './block.schema.ts';
import { blockCursor } from './block-cursor.ts';
import { accessibleRoom } from './room-access.ts';
import { roomParamsSchema } from './room-params.schema.ts';

export const blocksRoutes: HttpPlugin<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/v1/rooms/:roomId/blocks',
    { schema: { params: roomParamsSchema, querystring: blockListQuerySchema, response: { 200: blockPageSchema } } },
    async (request) => {
      const room = await accessibleRoom(db, request, request.params.roomId);
      const { state, limit, cursor } = request.query;
      const at = cursor === undefined ? undefined : blockCursor.decode(cursor);
      const after = at && { start: new Date(at.start), id: at.id };
      const rows = await listBlocksPage(db, room.id, { state, limit: limit + 1, ...(after && { after }) });
      // Listed blocks always have a start: rows that never blocked are not listed.
      const cursorAt = (row: (typeof rows)[number]) =>
        blockCursor.encode({ start: row.start_at?.toISOString() ?? '', id: row.id });
      return toPage(rows, limit, presentBlock, cursorAt);
    },
  );

  // The manual override (spec §5): released with `manual_override` until the calendar event changes.
  app.delete(
    '/v1/rooms/:roomId/blocks/:blockId',
    {
      schema: {
        params: roomParamsSchema.extend({ blockId: idField }),
        response: { 200: blockSchema, 404: problemDetailsSchema },
      },
    },
    async (request) => {
      const room = await accessibleRoom(db, request, request.params.roomId);
      const row = await inTransaction(db, async (trx) => {
        await lockRoom(trx, room.id);
        return overrideBlock(trx, room.id, request.params.blockId);
      });
      if (!row || (!row.active && !row.release_reason)) throw blockNotFound();
      return presentBlock(row);
    },
  );
};
