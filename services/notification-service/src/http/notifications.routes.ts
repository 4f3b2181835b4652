import { type HttpPlugin, partnerScope, toPage } from '@calbridge/http';
import type { Db } from '../db/db.ts';
import { listNotifications, type NotificationListRow } from '../notifications/notification-list.repository.ts';
import { notificationCursor, notificationListQuerySchema, notificationPageSchema } from './notification.schema.ts';

const present = (row: NotificationListRow) => ({
  id: row.id,
  trigger: row.trigger,
  channel: row.channel,
  recipient: row.recipient,
  status: row.status,
  attempts: row.attempts,
  ...(row.last_error ? { lastError: row.last_error } : {}),
  createdAt: row.created_at.toISOString(),
  ...(row.sent_at ? { sentAt: row.sent_at.toISOString() } : {}),
});

export const notificationsRoutes: HttpPlugin<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/v1/notifications',
    { schema: { querystring: notificationListQuerySchema, response: { 200: notificationPageSchema } } },
    async (request) => {
      const { status, limit, cursor, partnerId } = request.query;
      const at = cursor === undefined ? undefined : notificationCursor.decode(cursor);
      const rows = await listNotifications(db, {
        scope: partnerScope(request, partnerId),
        limit: limit + 1,
        ...(status ? { status } : {}),
        ...(at ? { before: { createdAt: new Date(at.createdAt), id: at.id } } : {}),
      });
      const cursorAt = (row: NotificationListRow) =>
        notificationCursor.encode({ createdAt: row.created_at.toISOString(), id: row.id });
      return toPage(rows, limit, present, cursorAt);
    },
  );
};
