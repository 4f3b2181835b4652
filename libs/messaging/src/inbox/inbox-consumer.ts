import type { Kysely } from 'kysely';
import { Registry } from 'prom-client';
import { sendToDeadLetter } from '../dead-letters/dead-letter.ts';
import type { KafkaBus } from '../kafka/kafka-bus.ts';
import type { BatchContext, IncomingMessage, MessageProducer } from '../kafka/kafka-types.ts';
import type { Logger } from '../logger.ts';
import type { MessagingTables } from '../messaging-tables.ts';
import { ConsumerHealth } from './consumer-health.ts';
import type { EventHandlers } from './event-handlers.ts';
import { inboxMetrics } from './inbox-metrics.ts';
import { startLagMonitor } from './lag-monitor.ts';
import { processChunk } from './process-chunk.ts';
import { type ProcessSettings, processMessage } from './process-message.ts';
import { type SettledMessage, unknownType } from './settled-message.ts';

export interface InboxConsumerOptions {
  bus: KafkaBus;
  /** Used for dead-letter messages. */
  producer: MessageProducer;
  // biome-ignore lint/suspicious/noExplicitAny: the service's database, which includes the messaging tables
  db: Kysely<any>;
  logger: Logger;
  groupId: string;
  topics: string[];
  handlers: EventHandlers;
  topicPrefix?: string;
  maxAttempts?: number;
  retryBaseMs?: number;
  /** How long a partition may make no progress while messages wait on it before liveness fails (default 120 s). */
  stallAfterMs?: number;
  /** Kafka's session timeout (default 30 s); also how long without an answer from the broker readiness allows. */
  sessionTimeoutMs?: number;
  /** How often the group's lag per partition is read for liveness and `/metrics` (default 10 s). */
  lagIntervalMs?: number;
  /** The service's `/metrics` registry; without one the series are kept but not exported. */
  metricsRegistry?: Registry;
  partitionsConsumedConcurrently?: number;
  /** Messages of one partition applied in one transaction when none fails (default 500). */
  chunkSize?: number;
}

export interface InboxConsumer {
  /** Readiness: a member of its group that the broker answers. */
  ready(): Promise<void>;
  /** Liveness: no crash it cannot restart from, and no partition stalled while messages wait on it. */
  live(): Promise<void>;
  stop(): Promise<void>;
}

/** Consumes events idempotently: each is applied once, its offset committed only after its transaction. */
export async function startInboxConsumer(options: InboxConsumerOptions): Promise<InboxConsumer> {
  const prefix = options.topicPrefix ?? '';
  const topics = options.topics.map((topic) => prefix + topic);
  const groupId = prefix + options.groupId;
  const sessionTimeoutMs = options.sessionTimeoutMs ?? 30_000;
  const health = new ConsumerHealth(sessionTimeoutMs, options.stallAfterMs ?? 120_000);
  const metrics = inboxMetrics(options.metricsRegistry ?? new Registry());
  // Once per type: a newer producer's events may be many; the counter still counts every one.
  const warnedTypes = new Set<string>();
  const chunkSize = options.chunkSize ?? 500;
  const settings: ProcessSettings = {
    db: options.db as Kysely<MessagingTables>,
    consumerName: options.groupId,
    handlers: options.handlers,
    maxAttempts: options.maxAttempts ?? 5,
    retryBaseMs: options.retryBaseMs ?? 200,
    onRetry: (error, attempt) => options.logger.warn({ err: error, attempt }, 'event handler failed; retrying'),
  };
  const handle = await options.bus.subscribe({
    groupId,
    topics,
    sessionTimeoutMs,
    partitionsConsumedConcurrently: options.partitionsConsumedConcurrently,
    onEvent: (event, detail) => {
      health.record(event, detail);
      if (event !== 'crashed') return;
      const log = detail?.restart ? options.logger.warn : options.logger.error;
      log.call(options.logger, { err: detail?.error, restart: detail?.restart }, 'consumer crashed');
    },
    onBatch: async (messages, context) => {
      for (let start = 0; start < messages.length; start += chunkSize) {
        if (!(await settleChunk(messages.slice(start, start + chunkSize), context))) return;
      }
    },
  });
  const lagMonitor = startLagMonitor({
    bus: options.bus,
    groupId,
    topics,
    intervalMs: options.lagIntervalMs ?? 10_000,
    logger: options.logger,
    onReading: (lags, at) => {
      health.observed(lags, at);
      for (const { topic, partition, lag } of lags) metrics.lag.set({ group: groupId, topic, partition }, lag);
    },
  });

  async function settleChunk(chunk: IncomingMessage[], context: BatchContext): Promise<boolean> {
    if (!context.isRunning()) return false;
    const settled = await processChunk(chunk, settings);
    if (!settled) {
      for (const message of chunk) if (!(await settleOne(message, context))) return false;
      return true;
    }
    for (const each of settled) await conclude(each);
    return resolve(chunk.at(-1) as IncomingMessage, context);
  }

  async function settleOne(message: IncomingMessage, context: BatchContext): Promise<boolean> {
    if (!context.isRunning()) return false;
    const settled = await processMessage(message, context, settings);
    if (!settled) return false;
    await conclude(settled);
    return resolve(message, context);
  }

  async function conclude({ message, type, outcome, reason }: SettledMessage): Promise<void> {
    const { topic, offset } = message;
    if (outcome === 'dead_lettered') {
      options.logger.error({ topic, offset, type, reason }, 'dead-lettered');
      await sendToDeadLetter(options.producer, message, groupId, reason ?? outcome);
    }
    if (reason === unknownType && !warnedTypes.has(type)) {
      warnedTypes.add(type);
      options.logger.warn({ topic, offset, type }, 'skipping events of a type this consumer does not know');
    }
    metrics.events.inc({ group: groupId, topic, type, outcome });
  }

  async function resolve(message: IncomingMessage, context: BatchContext): Promise<boolean> {
    context.resolveOffset(message.offset);
    health.advanced(message);
    await context.commit();
    return true;
  }

  return {
    ready: async () => health.ready(),
    live: async () => health.live(),
    stop: async () => {
      await lagMonitor.stop();
      await handle.stop();
    },
  };
}
