import { pageCursor } from '@calbridge/http';
import { z } from 'zod';

/** Rooms are listed by id; a page ends at its last one. */
export const roomCursor = pageCursor(z.strictObject({ id: z.uuid() }));
