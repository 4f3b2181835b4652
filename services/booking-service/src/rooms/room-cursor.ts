import { z } from 'zod';
import { invalidCursor } from '../errors/booking-problems.ts';

// Opaque to clients (base64url), so the ordering can change without breaking their code.
export const encodeRoomCursor = (lastId: string): string => Buffer.from(lastId).toString('base64url');

export function decodeRoomCursor(cursor: string): string {
  const id = z.uuid().safeParse(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!id.success) throw invalidCursor();
  return id.data;
}
