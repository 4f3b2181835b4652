import { type Kysely, sql } from 'kysely';

/** Readiness probe: resolves when Postgres answers a trivial query. */
// biome-ignore lint/suspicious/noExplicitAny: the probe does not depend on the schema
export async function pingDatabase(db: Kysely<any>): Promise<void> {
  await sql`select 1`.execute(db);
}
