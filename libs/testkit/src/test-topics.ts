import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { requiredEnv } from './test-database.ts';

export const testKafkaBrokers = (): string[] => requiredEnv('TEST_KAFKA_BROKERS').split(',');

/** A prefix that makes a test file's topic and group names its own: `t3f9a1c.booking.events.v1`. */
export const uniquePrefix = (): string => `t${randomBytes(4).toString('hex')}.`;

/** Creates the topics (and waits for their leaders) on the test broker. */
export async function createTopics(topics: string[], numPartitions = 3, brokers = testKafkaBrokers()): Promise<void> {
  const admin = new Kafka({ brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: topics.map((topic) => ({ topic, numPartitions })), waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
}
