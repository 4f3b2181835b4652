import { type Admin, Kafka, logLevel } from 'kafkajs';
import type { Logger } from '../logger.ts';
import { copyToEnd } from './kafka-copy.ts';
import { topicDepths } from './kafka-depth.ts';
import { partitionLags } from './kafka-lag.ts';
import { kafkaLogCreator } from './kafka-log.ts';
import { createProducer } from './kafka-producer.ts';
import { subscribe } from './kafka-subscribe.ts';
import { createTopics, missingTopics } from './kafka-topics.ts';
import type {
  ConsumerHandle,
  CopyOptions,
  MessageProducer,
  PartitionLag,
  SubscribeOptions,
  TopicSpec,
} from './kafka-types.ts';

export interface KafkaBus {
  producer(): Promise<MessageProducer>;
  subscribe(options: SubscribeOptions): Promise<ConsumerHandle>;
  /** Creates the topics that do not exist yet; resolves to the names it created (see createTopics). */
  createTopics(topics: TopicSpec[]): Promise<string[]>;
  /** The names among `topics` that the cluster does not have. */
  missingTopics(topics: string[]): Promise<string[]>;
  /** Every topic of the cluster; one quick attempt. */
  listTopics(): Promise<string[]>;
  /** Messages each topic holds (high − low watermark over its partitions); one quick attempt. */
  topicDepths(topics: string[]): Promise<Record<string, number>>;
  /** Messages not yet committed by the group on these topics (0 when the group has committed everything). */
  lag(groupId: string, topics: string[]): Promise<number>;
  /** The same per topic-partition; one quick attempt, for monitors that ask again on their own schedule. */
  partitionLag(groupId: string, topics: string[]): Promise<PartitionLag[]>;
  /** Copies a topic's messages up to its current end into other topics; see `copyToEnd`. */
  copyToEnd(options: CopyOptions): Promise<number>;
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
  const withAdmin = async <T>(fn: (admin: Admin) => Promise<T>, retries?: number): Promise<T> => {
    const admin = kafka.admin(retries === undefined ? {} : { retry: { retries } });
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
    listTopics: () => withAdmin((admin) => admin.listTopics(), 1),
    topicDepths: (topics) => withAdmin((admin) => topicDepths(admin, topics), 1),
    lag: async (groupId, topics) => {
      const lags = await withAdmin((admin) => partitionLags(admin, groupId, topics));
      return lags.reduce((sum, { lag }) => sum + lag, 0);
    },
    partitionLag: (groupId, topics) => withAdmin((admin) => partitionLags(admin, groupId, topics), 1),
    copyToEnd: (copyOptions) => copyToEnd(kafka, copyOptions),
    ping: () =>
      withAdmin(async (admin) => {
        await admin.describeCluster();
      }),
  };
}
