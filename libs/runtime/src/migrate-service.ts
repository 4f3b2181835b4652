import { createDatabase, migrateToLatest } from '@calbridge/db';
import { migrateMessaging } from '@calbridge/messaging/migrate';
import type { Kysely } from 'kysely';

/** The outbox/inbox tables, then the service's own migrations. */
// biome-ignore lint/suspicious/noExplicitAny: runs against any service schema
export async function migrateService(db: Kysely<any>, folder: string): Promise<string[]> {
  return [...(await migrateMessaging(db)), ...(await migrateToLatest(db, { folder }))];
}

/** `pnpm db:migrate`: migrates DATABASE_URL and exits; what a Helm pre-upgrade hook runs. */
export async function runMigrations(databaseUrl: string, folder: string): Promise<void> {
  const db = createDatabase({ url: databaseUrl, poolSize: 1 });
  try {
    const applied = await migrateService(db, folder);
    process.stdout.write(`${JSON.stringify({ level: 30, msg: 'migrated', applied })}\n`);
  } finally {
    await db.destroy();
  }
}
