import type { Db } from '../db/db.ts';
import type { Channel } from '../notifications/notification.ts';

export interface Recipient {
  channel: Channel;
  recipient: string;
}

/** A partner's e-mail and webhook, whichever its settings hold. */
export function recipientsOf(settings: { email: string | null; webhook_url: string | null }): Recipient[] {
  const recipients: Recipient[] = [];
  if (settings.email) recipients.push({ channel: 'email', recipient: settings.email });
  if (settings.webhook_url) recipients.push({ channel: 'webhook', recipient: settings.webhook_url });
  return recipients;
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
  for (const row of rows) byPartner.set(row.partner_id, recipientsOf(row));
  return byPartner;
}
