import { idField } from '@calbridge/http';
import { z } from 'zod';

export const roomParamsSchema = z.strictObject({ roomId: idField });
