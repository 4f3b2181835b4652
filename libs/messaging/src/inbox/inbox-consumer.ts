import type { Kysely } from 'kysely';
import type { KafkaBus } from '../kafka/kafka-bus.ts';
import type { BatchContext, IncomingMessage, MessageProducer } from '../kafka/kafka-types.ts';
import type { Logger } from '../logger.ts';
import type { MessagingTables } from '../messaging-tables.ts';
import { ConsumerHealth } from './consumer-health.ts';
import { sendToDeadLetter } from './dead-letter.ts';
import type { EventHandlers } from './event-handlers.ts';
import { processChunk } from './process-chunk.ts';
import { type ProcessSettings, processMessage } from './process-message.ts';

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
  /** How long without progress, while messages wait, before liveness fails. */
  stallAfterMs?: number;
  partitionsConsumedConcurrently?: number;
  /** Messages of one partition applied in one transaction when none fails (default 500). */
  chunkSize?: number;
}

export interface InboxConsumer {
  /** Readiness: the member has joined its group. */
  ready(): Promise<void>;
  /** Liveness: not crashed, and making progress whenever there is lag. */
  live(): Promise<void>;
  stop(): Promise<void>;
}

/** Consumes events idempotently: each is applied once, its offset committed only after its transaction. */
export async function startInboxConsumer(options: InboxConsumerOptions): Promise<InboxConsumer> {
  const prefix = options.topicPrefix ?? '';
  const topics = options.topics.map((topic) => prefix + topic);
  const groupId = prefix + options.groupId;
  const health = new ConsumerHealth();
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
    partitionsConsumedConcurrently: options.partitionsConsumedConcurrently,
    onEvent: (event, detail) => {
      health.record(event, detail);
      if (event === 'crashed')
        options.logger.error({ err: detail?.error, restart: detail?.restart }, 'consumer crashed');
    },
    onBatch: async (messages, context) => {
      for (let start = 0; start < messages.length; start += chunkSize) {
        if (!(await settleChunk(messages.slice(start, start + chunkSize), context))) return;
      }
    },
  });

  async function settleChunk(chunk: IncomingMessage[], context: BatchContext): Promise<boolean> {
    if (!context.isRunning()) return false;
    const outcome = await processChunk(chunk, settings);
    if (!outcome) {
      for (const message of chunk) if (!(await settle(message, context))) return false;
      return true;
    }
    for (const { message, reason } of outcome.dead) await deadLetter(message, reason);
    return resolve(chunk.at(-1) as IncomingMessage, context);
  }

  async function settle(message: IncomingMessage, context: BatchContext): Promise<boolean> {
    if (!context.isRunning()) return false;
    const outcome = await processMessage(message, context, settings);
    if (!outcome) return false;
    if (outcome.status === 'dead') await deadLetter(message, outcome.reason);
    return resolve(message, context);
  }

  async function deadLetter(message: IncomingMessage, reason: string): Promise<void> {
    options.logger.error({ topic: message.topic, offset: message.offset, reason }, 'dead-lettered');
    await sendToDeadLetter(options.producer, message, groupId, reason);
  }

  async function resolve(message: IncomingMessage, context: BatchContext): Promise<boolean> {
    context.resolveOffset(message.offset);
    health.progress();
    await context.commit();
    return true;
  }

  return {
    ready: async () => {
      if (health.fatal) throw new Error(health.fatal);
      if (!health.joined) throw new Error('consumer has not joined its group yet');
    },
    live: async () => {
      if (health.fatal) throw new Error(health.fatal);
      const stalled = health.stalledFor();
      if (stalled < (options.stallAfterMs ?? 120_000)) return;
      const lag = await options.bus.lag(groupId, topics);
      if (lag > 0) throw new Error(`no progress for ${Math.round(stalled / 1000)} s with ${lag} messages waiting`);
    },
    stop: async () => {
      health.stopping = true;
      await handle.stop();
    },
  };
}
