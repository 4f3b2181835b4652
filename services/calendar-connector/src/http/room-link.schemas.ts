import { idField, pageQueryFields, pageSchema } from '@calbridge/http';
import { z } from 'zod';

export const roomLinkSchema = z
  .object({
    roomId: z.uuid(),
    calendarId: z.string(),
    health: z.enum(['pending', 'ok', 'access_lost', 'error']),
    reason: z.string().optional(),
    warning: z.string().optional().describe('One-way modes: the other rooms sharing this calendar'),
    channelExpiresAt: z.string().optional(),
    lastSyncedAt: z.string().optional(),
  })
  .meta({ id: 'RoomLink' });

export const roomLinkParams = z.strictObject({ id: idField, roomId: idField });

// Google's calendar ids are kept exactly as Google gives them (spec §4): no trimming, no case change.
export const calendarIdField = z
  .string()
  .min(1)
  .max(1024)
  .regex(/^[^\s\p{Cc}]+$/u, { message: 'A Google calendar id: no spaces or control characters' });

export const linkBodySchema = z.strictObject({ calendarId: calendarIdField });

export const roomLinkListQuery = z.strictObject(pageQueryFields);

export const roomLinkPageSchema = pageSchema(roomLinkSchema);
