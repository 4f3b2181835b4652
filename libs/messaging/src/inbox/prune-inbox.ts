import { type Kysely, sql } from 'kysely';
import type { MessagingTables } from '../messaging-tables.ts';

/**
 * Forgets processed event ids older than the retention, in small batches so no long lock is held. The retention must
 * outlive the topics' own retention (Kafka's default is 7 days): an event that can still be redelivered must still
 * be remembered. Resolves the number of rows removed.
 */
export async function pruneInbox(db: Kysely<MessagingTables>, retentionMs: number, batchSize = 5_000): Promise<number> {
  const cutoff = new Date(Date.now() - retentionMs);
  let removed = 0;
  for (;;) {
    const result = await sql`
      delete from messaging_inbox
      where ctid in (select ctid from messaging_inbox where processed_at < ${cutoff} limit ${batchSize})`.execute(db);
    const count = Number(result.numAffectedRows ?? 0n);
    removed += count;
    if (count < batchSize) return removed;
  }
}
