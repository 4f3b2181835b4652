import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { MessageProducer } from '../kafka/kafka-types.ts';
import type { Logger } from '../logger.ts';
import type { MessagingTables } from '../messaging-tables.ts';
import { forgetLostRelays, leaveRelayPool } from './claim-shards.ts';
import { listenForOutbox } from './outbox-listener.ts';
import type { RetryPolicy } from './publish-key-by-key.ts';
import { type BatchSettings, publishOutboxBatch } from './publish-outbox-batch.ts';
import { relayTiming } from './relay-timing.ts';

export interface OutboxRelayOptions {
  // biome-ignore lint/suspicious/noExplicitAny: the service's database, which includes the messaging tables
  db: Kysely<any>;
  /** Connection string for the LISTEN connection that wakes the relay when an outbox row commits. */
  databaseUrl: string;
  producer: MessageProducer;
  logger: Logger;
  /** Resolves when the broker answers (`bus.ping`): a failed send is then blamed on its rows, not on an outage. */
  ping(): Promise<void>;
  topicPrefix?: string;
  batchSize?: number;
  /** Safety net when a notification is missed; LISTEN/NOTIFY wakes the relay at once otherwise. */
  pollIntervalMs?: number;
  /** For rows the broker refuses (too large, unknown topic); defaults: 8 attempts, 1 s doubling up to 60 s. */
  retry?: Partial<RetryPolicy>;
  /** A relay not seen for this long no longer counts when the others size their share (default 30 s). */
  relayExpiryMs?: number;
}

export interface OutboxRelay {
  stop(): Promise<void>;
}

/**
 * Publishes committed outbox rows to Kafka, in commit order per key, then deletes them. Relays share the shards
 * (each claims its fair share per step, see claimShards); a broker outage backs off exponentially up to 5 s.
 */
export async function startOutboxRelay(options: OutboxRelayOptions): Promise<OutboxRelay> {
  const db = options.db as Kysely<MessagingTables>;
  await forgetLostRelays(db);
  const timing = relayTiming();
  const listener = await listenForOutbox(options.databaseUrl, options.logger, timing.notify);
  const settings: BatchSettings = {
    size: options.batchSize ?? 500,
    topicPrefix: options.topicPrefix ?? '',
    relay: { id: randomUUID(), expiryMs: options.relayExpiryMs ?? 30_000 },
    retry: { maxAttempts: 8, baseDelayMs: 1_000, maxDelayMs: 60_000, ...options.retry },
    logger: options.logger,
    ping: options.ping,
  };
  let running = true;
  const loop = (async () => {
    let failures = 0;
    while (running) {
      try {
        const { read } = await publishOutboxBatch(db, options.producer, settings);
        failures = 0;
        // A short batch need not mean the outbox is drained: this relay's share may be smaller than 32 shards.
        if (read === 0) await timing.idle(options.pollIntervalMs ?? 1_000);
      } catch (error) {
        failures++;
        options.logger.error({ err: error, failures }, 'outbox relay could not publish; retrying');
        await timing.backOff(Math.min(5_000, 100 * 2 ** failures));
      }
    }
  })();
  return {
    stop: async () => {
      running = false;
      timing.stop();
      await loop;
      await listener.close();
      await leaveRelayPool(db, settings.relay.id);
    },
  };
}
