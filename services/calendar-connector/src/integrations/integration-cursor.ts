import { pageCursor } from '@calbridge/http';
import { z } from 'zod';

/** Integrations are listed by id; a page ends at its last one. */
export const integrationCursor = pageCursor(z.strictObject({ id: z.uuid() }));
