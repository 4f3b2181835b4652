import { z } from 'zod';

export const roomParamsSchema = z.strictObject({ roomId: z.string().min(1).max(200) });
