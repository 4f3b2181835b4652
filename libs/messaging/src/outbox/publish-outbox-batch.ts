import { type Kysely, sql, type Transaction } from 'kysely';
import type { MessageProducer } from '../kafka/kafka-types.ts';
import type { Logger } from '../logger.ts';
import type { MessagingTables } from '../messaging-tables.ts';
import { claimShards, type RelayIdentity } from './claim-shards.ts';
import { type OutboxRow, toMessage } from './outbox-row.ts';
import { publishKeyByKey, type RetryPolicy } from './publish-key-by-key.ts';

export interface BatchSettings {
  size: number;
  topicPrefix: string;
  relay: RelayIdentity;
  retry: RetryPolicy;
  logger: Logger;
  /** Resolves when the broker answers: tells a broker outage (retry all later) from rows it refuses. */
  ping(): Promise<void>;
}

export interface BatchOutcome {
  /** Rows read; none means nothing is publishable in this relay's share for now. */
  read: number;
  published: number;
}

/**
 * One relay step, in one transaction: claim this relay's share of the shards, publish their oldest publishable rows
 * in sequence order, delete them, commit. A crash after publishing and before the commit republishes the rows later
 * (at-least-once; consumers deduplicate by event id). Rows of a key whose first row waits for a retry are left for
 * later, so the key keeps its order while every other key flows. Throws when the broker is unreachable.
 */
export function publishOutboxBatch(
  db: Kysely<MessagingTables>,
  producer: MessageProducer,
  settings: BatchSettings,
): Promise<BatchOutcome> {
  return db.transaction().execute(async (trx) => {
    // A statement of its own: the rows below must be read with a snapshot taken after the shard locks are held,
    // or rows another relay just published and deleted could be read again.
    const shards = await claimShards(trx, settings.relay);
    if (shards.length === 0) return { read: 0, published: 0 };
    const rows = await publishableRows(trx, shards, settings.size);
    if (rows.length === 0) return { read: 0, published: 0 };
    try {
      await producer.send(rows.map((row) => toMessage(row, settings.topicPrefix)));
    } catch (error) {
      const brokerUp = await settings.ping().then(
        () => true,
        () => false,
      );
      if (!brokerUp) throw error;
      // The broker is up, so some rows are refused (too large, unknown topic): find them without holding up the rest.
      const published = await publishKeyByKey(trx, producer, rows, settings);
      await deleteRows(trx, published);
      return { read: rows.length, published: published.length };
    }
    await deleteRows(trx, rows);
    return { read: rows.length, published: rows.length };
  });
}

async function publishableRows(
  trx: Transaction<MessagingTables>,
  shards: number[],
  limit: number,
): Promise<OutboxRow[]> {
  // Without statistics (a new database, or one autovacuum has not analysed yet) Postgres takes `failed_at is null`
  // to match 0.5 % of rows and plans to sort the whole backlog for each step; measured, that cut the relay to a
  // quarter of its rate. The oldest rows come from the seq index in order, so this step never needs a sort.
  await sql`select set_config('enable_sort', 'off', true)`.execute(trx);
  return trx
    .selectFrom('messaging_outbox as o')
    .select(['o.seq', 'o.topic', 'o.key', 'o.payload', 'o.headers', 'o.attempts'])
    .where('o.shard', 'in', shards)
    .where('o.failed_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('messaging_outbox as waiting')
            .select(sql`1`.as('one'))
            .whereRef('waiting.key', '=', 'o.key')
            .where('waiting.next_attempt_at', '>', sql<Date>`now()`)
            .where('waiting.failed_at', 'is', null),
        ),
      ),
    )
    .orderBy('o.seq')
    .limit(limit)
    .execute();
}

async function deleteRows(trx: Transaction<MessagingTables>, rows: OutboxRow[]): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .deleteFrom('messaging_outbox')
    .where(
      'seq',
      'in',
      rows.map((row) => row.seq),
    )
    .execute();
}
