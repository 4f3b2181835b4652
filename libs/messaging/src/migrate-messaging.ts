import { fileURLToPath } from 'node:url';
import { migrateToLatest } from '@calbridge/db';
import type { Kysely } from 'kysely';

/** Creates or upgrades the outbox and inbox tables; kept in their own migration history beside the service's. */
// biome-ignore lint/suspicious/noExplicitAny: runs against any service schema
export function migrateMessaging(db: Kysely<any>): Promise<string[]> {
  const folder = fileURLToPath(new URL('./migrations', import.meta.url));
  return migrateToLatest(db, { folder, tableName: 'messaging_migration' });
}
