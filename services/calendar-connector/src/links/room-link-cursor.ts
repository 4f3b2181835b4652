import { pageCursor } from '@calbridge/http';
import { z } from 'zod';

/** An integration's links are listed by room id; a page ends at its last one. */
export const roomLinkCursor = pageCursor(z.strictObject({ roomId: z.uuid() }));
