import { pageCursor } from '@calbridge/http';
import { z } from 'zod';

/** Where a page ended: bookings are listed by (start, id), so the next page starts after this pair. */
export const bookingCursor = pageCursor(z.strictObject({ start: z.iso.datetime({ offset: true }), id: z.uuid() }));

export type BookingCursor = ReturnType<typeof bookingCursor.decode>;
