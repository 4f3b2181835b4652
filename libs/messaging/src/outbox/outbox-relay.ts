import type { Kysely } from 'kysely';
import type { MessageProducer } from '../kafka/kafka-types.ts';
import type { Logger } from '../logger.ts';
import type { MessagingTables } from '../messaging-tables.ts';
import { listenForOutbox } from './outbox-listener.ts';
import { publishOutboxBatch } from './publish-outbox-batch.ts';

export interface OutboxRelayOptions {
  // biome-ignore lint/suspicious/noExplicitAny: the service's database, which includes the messaging tables
  db: Kysely<any>;
  /** Connection string for the LISTEN connection that wakes the relay when an outbox row commits. */
  databaseUrl: string;
  producer: MessageProducer;
  logger: Logger;
  topicPrefix?: string;
  batchSize?: number;
  /** Safety net when a notification is missed; LISTEN/NOTIFY wakes the relay at once otherwise. */
  pollIntervalMs?: number;
}

export interface OutboxRelay {
  stop(): Promise<void>;
}

/** Publishes committed outbox rows to Kafka, in commit order per key, then deletes them. */
export async function startOutboxRelay(options: OutboxRelayOptions): Promise<OutboxRelay> {
  const db = options.db as Kysely<MessagingTables>;
  let running = true;
  // A commit notified while a batch is being published must not wait for the next poll, so it is remembered.
  let notified = false;
  let endPause: (() => void) | undefined;
  const wake = (): void => {
    notified = true;
    endPause?.();
  };
  const listener = await listenForOutbox(options.databaseUrl, options.logger, wake);
  const pause = async (ms: number): Promise<void> => {
    if (!notified) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        endPause = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    endPause = undefined;
    notified = false;
  };
  const batch = { size: options.batchSize ?? 500, topicPrefix: options.topicPrefix ?? '' };
  const loop = (async () => {
    let failures = 0;
    while (running) {
      try {
        const published = await publishOutboxBatch(db, options.producer, batch);
        failures = 0;
        if (published < batch.size) await pause(options.pollIntervalMs ?? 1_000);
      } catch (error) {
        failures++;
        options.logger.error({ err: error, failures }, 'outbox relay could not publish; retrying');
        await pause(Math.min(5_000, 100 * 2 ** failures));
      }
    }
  })();
  return {
    stop: async () => {
      running = false;
      wake();
      await loop;
      await listener.close();
    },
  };
}
