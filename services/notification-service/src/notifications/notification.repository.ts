import { randomUUID } from 'node:crypto';
import type { Db } from '../db/db.ts';
import type { Channel, NotificationStatus, Trigger } from './notification.ts';

export interface NewNotification {
  partnerId: string;
  eventId: string;
  trigger: Trigger;
  channel: Channel;
  recipient: string;
  context: Record<string, unknown>;
  /** A notification that can never be sent is recorded as failed at once, with the reason. */
  failure?: string;
}

/**
 * Records notifications in the caller's transaction, which also holds the event's inbox mark; the unique
 * (event, channel, recipient) key makes a second recording of the same one a no-op.
 */
export async function recordNotifications(db: Db, notifications: NewNotification[]): Promise<void> {
  if (notifications.length === 0) return;
  const status: NotificationStatus = 'pending';
  await db
    .insertInto('notifications')
    .values(
      notifications.map((notification) => ({
        id: randomUUID(),
        partner_id: notification.partnerId,
        event_id: notification.eventId,
        trigger: notification.trigger,
        channel: notification.channel,
        recipient: notification.recipient,
        context: JSON.stringify(notification.context),
        status: notification.failure === undefined ? status : 'failed',
        last_error: notification.failure ?? null,
      })),
    )
    .onConflict((conflict) => conflict.columns(['event_id', 'channel', 'recipient']).doNothing())
    .execute();
}
