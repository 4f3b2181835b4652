import type { z } from 'zod';
import { invalidFields } from '../problem/problem-factories.ts';

const invalidCursor = () =>
  invalidFields([{ field: 'query.cursor', message: 'Invalid cursor: pass nextCursor from a previous page' }]);

/**
 * Cursor pagination (spec §4) for a list ordered by `position`: the cursor is where the last page ended, as opaque
 * base64url JSON, so the ordering can change without breaking clients. One that this service did not issue is a 400
 * naming `query.cursor`.
 */
export function pageCursor<Position extends z.ZodType>(position: Position) {
  return {
    encode: (at: z.input<Position>): string => Buffer.from(JSON.stringify(at)).toString('base64url'),
    decode: (cursor: string): z.output<Position> => {
      try {
        return position.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
      } catch {
        throw invalidCursor();
      }
    },
  };
}
