import { type Kysely, sql } from 'kysely';
import type { MessageProducer } from '../kafka/kafka-types.ts';
import type { MessagingTables } from '../messaging-tables.ts';

export interface BatchSettings {
  size: number;
  topicPrefix: string;
}

/**
 * One relay step, in one transaction: claim the outbox shards no other relay holds, publish their oldest rows in
 * sequence order, delete them, commit. A crash after publishing and before the commit republishes the rows later
 * (at-least-once; consumers deduplicate by event id). Returns how many rows were published.
 */
export function publishOutboxBatch(
  db: Kysely<MessagingTables>,
  producer: MessageProducer,
  settings: BatchSettings,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    // A statement of its own: the rows below must be read with a snapshot taken after the shard locks are held,
    // or rows another relay just published and deleted could be read again.
    const claimed = await sql<{ shard: number }>`
      select shard from messaging_outbox_shard for update skip locked`.execute(trx);
    if (claimed.rows.length === 0) return 0;
    const rows = await trx
      .selectFrom('messaging_outbox')
      .select(['seq', 'topic', 'key', 'payload', 'headers'])
      .where(
        'shard',
        'in',
        claimed.rows.map((row) => row.shard),
      )
      .orderBy('seq')
      .limit(settings.size)
      .execute();
    if (rows.length === 0) return 0;
    await producer.send(
      rows.map((row) => ({
        topic: settings.topicPrefix + row.topic,
        key: row.key,
        value: row.payload,
        headers: row.headers,
      })),
    );
    await trx
      .deleteFrom('messaging_outbox')
      .where(
        'seq',
        'in',
        rows.map((row) => row.seq),
      )
      .execute();
    return rows.length;
  });
}
