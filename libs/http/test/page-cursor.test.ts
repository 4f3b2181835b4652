import { describe, expect, test } from '@jest/globals';
import { z } from 'zod';
import { ProblemError, pageCursor } from '../src/index.ts';

const cursor = pageCursor(z.strictObject({ start: z.iso.datetime(), id: z.string() }));

describe('pageCursor', () => {
  test('when a position is encoded, then the opaque cursor decodes back to it', () => {
    const at = { start: '2026-11-21T10:00:00Z', id: 'b-1' };

    const encoded = cursor.encode(at);

    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor.decode(encoded)).toEqual(at);
  });

  test('when a cursor is garbage or of another shape, then a 400 names query.cursor', () => {
    for (const bad of ['abc', Buffer.from('{"id":1}').toString('base64url'), '']) {
      const error = (() => {
        try {
          cursor.decode(bad);
        } catch (thrown) {
          return thrown;
        }
      })() as ProblemError;
      expect(error).toBeInstanceOf(ProblemError);
      expect(error).toMatchObject({ status: 400, errors: [{ field: 'query.cursor' }] });
    }
  });
});
