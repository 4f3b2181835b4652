import { sql } from 'kysely';
import type { Db } from '../db/db.ts';
import type { Channel, Trigger } from '../notifications/notification.ts';

export interface ClaimedNotification {
  id: string;
  partner_id: string;
  trigger: Trigger;
  channel: Channel;
  recipient: string;
  context: Record<string, unknown>;
  attempts: number;
  created_at: Date;
}

/**
 * Takes up to `limit` due notifications for `leaseSeconds` and counts the attempt. Rows another worker holds are
 * skipped, not waited for; a row whose worker died is due again when its lease runs out, and is sent again then:
 * an attempt that reached the receiver but was not recorded is repeated at most once per lease.
 */
export async function claimDueNotifications(
  db: Db,
  limit: number,
  leaseSeconds: number,
): Promise<ClaimedNotification[]> {
  const { rows } = await sql<ClaimedNotification>`
    update notifications n
    set leased_until = now() + make_interval(secs => ${leaseSeconds}), attempts = n.attempts + 1
    from (
      select id from notifications
      where status = 'pending' and due_at <= now() and (leased_until is null or leased_until < now())
      order by due_at
      limit ${limit}
      for update skip locked
    ) due
    where n.id = due.id
    returning n.id, n.partner_id, n.trigger, n.channel, n.recipient, n.context, n.attempts, n.created_at`.execute(db);
  return rows;
}

/** Keeps the notifications being sent held for another `leaseSeconds` while their worker lives (queueWorker's keepLeases). */
export async function extendNotificationLeases(db: Db, claimed: ClaimedNotification[], leaseSeconds: number) {
  await db
    .updateTable('notifications')
    .set({ leased_until: sql<Date>`now() + make_interval(secs => ${leaseSeconds})` })
    .where(
      'id',
      'in',
      claimed.map((notification) => notification.id),
    )
    .where('status', '=', 'pending')
    .execute();
}

export async function markSent(db: Db, ids: string[]): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ status: 'sent', sent_at: new Date(), leased_until: null, last_error: null })
    .where('id', 'in', ids)
    .where('status', '=', 'pending')
    .execute();
}

export async function retryLater(db: Db, id: string, delayMs: number, error: string): Promise<void> {
  await db
    .updateTable('notifications')
    .set({
      leased_until: null,
      due_at: sql<Date>`now() + make_interval(secs => ${delayMs / 1000})`,
      last_error: error,
    })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

export async function markFailed(db: Db, id: string, error: string): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ status: 'failed', leased_until: null, last_error: error })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}
