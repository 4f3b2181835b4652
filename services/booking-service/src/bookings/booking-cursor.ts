import { z } from 'zod';
import { invalidCursor } from '../errors/booking-problems.ts';

/** Where a page ended: bookings are listed by (start, id), so the next page starts after this pair. */
export interface BookingCursor {
  start: string;
  id: string;
}

const cursorSchema = z.strictObject({ start: z.iso.datetime({ offset: true }), id: z.uuid() });

// Opaque to clients (base64url JSON), so the ordering can change without breaking their code.
export function encodeBookingCursor(cursor: BookingCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeBookingCursor(value: string): BookingCursor {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
  } catch {
    throw invalidCursor();
  }
}
