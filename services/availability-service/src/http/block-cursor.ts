import { idField, pageCursor } from '@calbridge/http';
import { z } from 'zod';

/** Blocks are listed by (start, id); a page ends at its last pair. */
export const blockCursor = pageCursor(z.strictObject({ start: z.iso.datetime(), id: idField }));
