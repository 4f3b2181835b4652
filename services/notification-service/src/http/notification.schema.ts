import { idField, pageCursor, pageQueryFields, pageSchema } from '@calbridge/http';
import { z } from 'zod';
import { channels, notificationStatuses, triggers } from '../notifications/notification.ts';

export const notificationListQuerySchema = z.strictObject({
  status: z.enum(notificationStatuses).optional().describe('Only notifications in this state'),
  ...pageQueryFields,
  partnerId: idField.optional().describe('Admins only: one partner’s log. A partner may only name itself'),
});

export const notificationSchema = z.object({
  id: z.uuid(),
  trigger: z.enum(triggers),
  channel: z.enum(channels),
  recipient: z.string(),
  status: z.enum(notificationStatuses),
  attempts: z.int(),
  lastError: z.string().optional().describe('Why the last attempt did not succeed, or why it was given up'),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().optional(),
});

export const notificationPageSchema = pageSchema(notificationSchema);

/** The log is read newest first; a page ends at its last (createdAt, id). */
export const notificationCursor = pageCursor(z.strictObject({ createdAt: z.iso.datetime(), id: idField }));
