import { ProblemError } from '@calbridge/http';

/** Opaque to clients: the sort key of the last row of the previous page. */
export function encodeCursor(start: Date, id: string): string {
  return Buffer.from(JSON.stringify([start.toISOString(), id])).toString('base64url');
}

export function decodeCursor(cursor: string): { start: Date; id: string } {
  try {
    const [start, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof start === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(start))) {
      return { start: new Date(start), id };
    }
  } catch {
    // Falls through to the same 400 as a well-formed but meaningless cursor.
  }
  throw new ProblemError(400, 'validation_failed', 'Invalid request', 'Invalid fields: query.cursor', {
    errors: [{ field: 'query.cursor', message: 'Invalid cursor: pass nextCursor from a previous page' }],
  });
}
