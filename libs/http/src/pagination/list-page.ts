import { z } from 'zod';

export const defaultPageSize = 50;
export const maxPageSize = 200;

/** The `limit` and `cursor` every list takes (spec §4); spread into the list's strict query schema. */
export const pageQueryFields = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(maxPageSize)
    .default(defaultPageSize)
    .describe(`Page size, 1–${maxPageSize} (default ${defaultPageSize})`),
  cursor: z.string().min(1).max(500).optional().describe('The `nextCursor` of the previous page'),
};

/** The one list shape: `{ items, nextCursor }`, `nextCursor` null on the last page. */
export function pageSchema<Item extends z.ZodType>(item: Item) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/**
 * A page from `limit + 1` rows read in list order: the extra row only says whether another page exists, so the
 * last page never hands out a cursor that leads to an empty one.
 */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  present: (row: Row) => Item,
  cursorAt: (row: Row) => string,
): { items: Item[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(present), nextCursor: rows.length > limit && last !== undefined ? cursorAt(last) : null };
}
