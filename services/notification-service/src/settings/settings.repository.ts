import type { Db } from '../db/db.ts';

export function findSettings(db: Db, partnerId: string) {
  return db.selectFrom('notification_settings').selectAll().where('partner_id', '=', partnerId).executeTakeFirst();
}

export interface SettingsInput {
  email: string | null;
  webhookUrl: string | null;
  customerConfirmations: boolean;
  language: string;
}

/**
 * Replaces a partner's settings. A webhook keeps its secret while it has a URL; `newSecret` is stored only when there
 * was none (the first URL, or a URL after the webhook was removed), and removing the URL drops the secret.
 */
export async function saveSettings(db: Db, partnerId: string, input: SettingsInput, newSecret: string) {
  const previous = await db
    .selectFrom('notification_settings')
    .select('webhook_secret')
    .where('partner_id', '=', partnerId)
    .forUpdate()
    .executeTakeFirst();
  const kept = previous?.webhook_secret ?? null;
  const secret = input.webhookUrl === null ? null : (kept ?? newSecret);
  const row = {
    partner_id: partnerId,
    email: input.email,
    webhook_url: input.webhookUrl,
    webhook_secret: secret,
    customer_confirmations: input.customerConfirmations,
    language: input.language,
    updated_at: new Date(),
  };
  await db
    .insertInto('notification_settings')
    .values(row)
    .onConflict((conflict) => conflict.column('partner_id').doUpdateSet(row))
    .execute();
  return { row, secretIssued: secret !== null && secret !== kept };
}

/** A new secret for a partner's webhook; undefined when it has none to rotate. */
export async function rotateWebhookSecret(db: Db, partnerId: string, secret: string) {
  const updated = await db
    .updateTable('notification_settings')
    .set({ webhook_secret: secret, updated_at: new Date() })
    .where('partner_id', '=', partnerId)
    .where('webhook_url', 'is not', null)
    .executeTakeFirst();
  return updated.numUpdatedRows > 0n;
}
