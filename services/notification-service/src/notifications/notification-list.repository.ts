import type { PartnerScope } from '@calbridge/http';
import type { Db } from '../db/db.ts';
import type { NotificationStatus } from './notification.ts';

export interface NotificationListFilter {
  scope: PartnerScope;
  status?: NotificationStatus;
  limit: number;
  before?: { createdAt: Date; id: string };
}

/** The log of what was sent, is pending or failed, newest first. */
export function listNotifications(db: Db, { scope, status, limit, before }: NotificationListFilter) {
  let query = db
    .selectFrom('notifications')
    .select(['id', 'trigger', 'channel', 'recipient', 'status', 'attempts', 'last_error', 'created_at', 'sent_at'])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit);
  if (scope !== undefined) query = query.where('partner_id', '=', scope);
  if (status !== undefined) query = query.where('status', '=', status);
  if (before) {
    query = query.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(before.createdAt, before.id)));
  }
  return query.execute();
}

export type NotificationListRow = Awaited<ReturnType<typeof listNotifications>>[number];
