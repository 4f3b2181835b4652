import { Kafka, logLevel } from 'kafkajs';
import type { Logger } from '../logger.ts';
import { topicLag } from './kafka-lag.ts';
import { kafkaLogCreator } from './kafka-log.ts';
import { createProducer } from './kafka-producer.ts';
import { subscribe } from './kafka-subscribe.ts';
import { createTopics, missingTopics } from './kafka-topics.ts';
import type { ConsumerHandle, MessageProducer, SubscribeOptions, TopicSpec } from './kafka-types.ts';

export interface KafkaBus {
  producer(): Promise<MessageProducer>;
  subscribe(options: SubscribeOptions): Promise<ConsumerHandle>;
  /** Creates the topics that do not exist yet; resolves to the names it created (see createTopics). */
  createTopics(topics: TopicSpec[]): Promise<string[]>;
  /** The names among `topics` that the cluster does not have. */
  missingTopics(topics: string[]): Promise<string[]>;
  /** Messages not yet committed by the group on these topics (0 when the group has committed everything). */
  lag(groupId: string, topics: string[]): Promise<number>;
  /** Readiness probe: resolves when the cluster answers a metadata request. */
  ping(): Promise<void>;
}

export interface KafkaBusOptions {
  brokers: string[];
  clientId: string;
  logger: Logger;
}

export function createKafkaBus(options: KafkaBusOptions): KafkaBus {
  const kafka = new Kafka({
    brokers: options.brokers,
    clientId: options.clientId,
    logLevel: logLevel.WARN,
    logCreator: kafkaLogCreator(options.logger),
    retry: { initialRetryTime: 300, retries: 8 },
  });
  const withAdmin = async <T>(fn: (admin: ReturnType<Kafka['admin']>) => Promise<T>): Promise<T> => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      return await fn(admin);
    } finally {
      await admin.disconnect();
    }
  };
  return {
    producer: () => createProducer(kafka),
    subscribe: (subscribeOptions) => subscribe(kafka, subscribeOptions),
    createTopics: (topics) => createTopics(options.brokers, topics),
    missingTopics: (topics) => missingTopics(options.brokers, topics),
    lag: (groupId, topics) => withAdmin((admin) => topicLag(admin, groupId, topics)),
    ping: () =>
      withAdmin(async (admin) => {
        await admin.describeCluster();
      }),
  };
}
