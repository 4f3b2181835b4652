import type { Db } from '../db/db.ts';
import type { Channel } from '../notifications/notification.ts';

export interface Recipient {
  channel: Channel;
  recipient: string;
}

/** Where each partner hears about a trigger: its e-mail and its webhook, whichever it set (one query for all). */
export async function partnerRecipients(db: Db, partnerIds: string[]): Promise<Map<string, Recipient[]>> {
  const byPartner = new Map<string, Recipient[]>();
  if (partnerIds.length === 0) return byPartner;
  const rows = await db
    .selectFrom('notification_settings')
    .select(['partner_id', 'email', 'webhook_url'])
    .where('partner_id', 'in', partnerIds)
    .execute();
  for (const row of rows) {
    const recipients: Recipient[] = [];
    if (row.email) recipients.push({ channel: 'email', recipient: row.email });
    if (row.webhook_url) recipients.push({ channel: 'webhook', recipient: row.webhook_url });
    byPartner.set(row.partner_id, recipients);
  }
  return byPartner;
}
