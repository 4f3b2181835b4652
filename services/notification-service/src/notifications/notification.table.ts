import type { ColumnType, Generated } from 'kysely';
import type { Channel, NotificationStatus, Trigger } from './notification.ts';

export interface NotificationTable {
  id: string;
  partner_id: string;
  event_id: string;
  trigger: Trigger;
  channel: Channel;
  recipient: string;
  /** What the trigger said, for composing the message when it is sent (see content/). */
  context: ColumnType<Record<string, unknown>, string, string>;
  status: ColumnType<NotificationStatus, NotificationStatus | undefined, NotificationStatus>;
  attempts: Generated<number>;
  last_error: string | null;
  due_at: ColumnType<Date, Date | undefined, Date>;
  leased_until: Date | null;
  created_at: ColumnType<Date, Date | undefined, never>;
  sent_at: Date | null;
}
