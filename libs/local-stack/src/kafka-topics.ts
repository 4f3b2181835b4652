import { Kafka, logLevel } from 'kafkajs';

export interface TopicSpec {
  topic: string;
  partitions: number;
}

/**
 * Creates the topics that do not exist yet and waits for their leaders; existing topics are left as they are, so it
 * is safe to run on every start. Resolves to the names it created.
 */
export async function createTopics(brokers: string[], specs: TopicSpec[]): Promise<string[]> {
  const admin = new Kafka({ brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = specs.filter((spec) => !existing.has(spec.topic));
    if (missing.length > 0) {
      const topics = missing.map(({ topic, partitions }) => ({ topic, numPartitions: partitions }));
      await admin.createTopics({ topics, waitForLeaders: true });
    }
    return missing.map((spec) => spec.topic);
  } finally {
    await admin.disconnect();
  }
}
