import type { ColumnType } from 'kysely';

/** One partner's notification settings; the webhook secret is read only to sign deliveries. */
export interface NotificationSettingsTable {
  partner_id: string;
  email: string | null;
  webhook_url: string | null;
  webhook_secret: string | null;
  customer_confirmations: boolean;
  /** The language partner messages are written in (content/language.ts). */
  language: ColumnType<string, string | undefined, string>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}
