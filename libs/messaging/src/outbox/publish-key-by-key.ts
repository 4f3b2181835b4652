import { type Kysely, sql } from 'kysely';
import type { MessageProducer } from '../kafka/kafka-types.ts';
import type { Logger } from '../logger.ts';
import type { MessagingTables } from '../messaging-tables.ts';
import { type OutboxRow, toMessage } from './outbox-row.ts';

export interface RetryPolicy {
  /** Attempts before a row is set aside (failed_at) so its key moves on. */
  maxAttempts: number;
  /** Wait before the first retry; doubled per attempt up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * Publishes each key's rows one by one, keys side by side, after a batch the broker refused in part. The first row of
 * a key that fails is the culprit: it is retried later with backoff (its key waits behind it, to keep order) or,
 * after `maxAttempts`, set aside with the reason. Resolves to the rows published.
 */
export async function publishKeyByKey(
  // biome-ignore lint/suspicious/noExplicitAny: the caller's transaction over the messaging tables
  trx: Kysely<any>,
  producer: MessageProducer,
  rows: OutboxRow[],
  settings: { topicPrefix: string; retry: RetryPolicy; logger: Logger },
): Promise<OutboxRow[]> {
  const byKey = Map.groupBy(rows, (row) => row.key);
  const published: OutboxRow[] = [];
  const refused: { row: OutboxRow; error: unknown }[] = [];
  await Promise.all(
    [...byKey.values()].map(async (keyRows) => {
      for (const row of keyRows) {
        try {
          await producer.send([toMessage(row, settings.topicPrefix)]);
          published.push(row);
        } catch (error) {
          refused.push({ row, error });
          return;
        }
      }
    }),
  );
  for (const { row, error } of refused) await recordFailure(trx as Kysely<MessagingTables>, row, error, settings);
  return published;
}

async function recordFailure(
  trx: Kysely<MessagingTables>,
  row: OutboxRow,
  error: unknown,
  { retry, logger }: { retry: RetryPolicy; logger: Logger },
) {
  const attempts = row.attempts + 1;
  const delayMs = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempts - 1));
  const givenUp = attempts >= retry.maxAttempts;
  await trx
    .updateTable('messaging_outbox')
    .set({
      attempts,
      last_error: error instanceof Error ? error.message : String(error),
      next_attempt_at: givenUp ? null : sql<Date>`now() + make_interval(secs => ${delayMs / 1000})`,
      failed_at: givenUp ? sql<Date>`now()` : null,
    })
    .where('seq', '=', row.seq)
    .execute();
  const about = { err: error, seq: row.seq, topic: row.topic, key: row.key, attempts };
  if (givenUp) logger.error(about, 'outbox row set aside after its last attempt; its key moves on without it');
  else logger.warn({ ...about, retryInMs: delayMs }, 'broker refused an outbox row; retrying it later');
}
