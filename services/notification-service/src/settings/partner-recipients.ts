import type { Db } from '../db/db.ts';
import type { Channel } from '../notifications/notification.ts';
import { findSettings } from './settings.repository.ts';

/** Where a partner hears about a trigger: its e-mail and its webhook, whichever it set. */
export async function partnerRecipients(db: Db, partnerId: string): Promise<{ channel: Channel; recipient: string }[]> {
  const settings = await findSettings(db, partnerId);
  const recipients: { channel: Channel; recipient: string }[] = [];
  if (settings?.email) recipients.push({ channel: 'email', recipient: settings.email });
  if (settings?.webhook_url) recipients.push({ channel: 'webhook', recipient: settings.webhook_url });
  return recipients;
}
