import { Kafka, logLevel } from 'kafkajs';
import type { TopicSpec } from './kafka-types.ts';

type Admin = ReturnType<Kafka['admin']>;

async function withAdmin<T>(brokers: string[], fn: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = new Kafka({ brokers, clientId: 'calbridge-topics', logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.disconnect();
  }
}

/**
 * The one place topics are created (runtime, `make up`, tests, bench): creates those of `specs` that do not exist
 * yet and waits for their leaders. Existing topics are left as they are, so it is safe on every start and when two
 * processes race (the loser's "already exists" is ignored). Resolves to the names it created.
 */
export function createTopics(brokers: string[], specs: TopicSpec[]): Promise<string[]> {
  return withAdmin(brokers, async (admin) => {
    const existing = new Set(await admin.listTopics());
    const missing = specs.filter((spec) => !existing.has(spec.topic));
    if (missing.length === 0) return [];
    const topics = missing.map(({ topic, partitions }) => ({ topic, numPartitions: partitions ?? 3 }));
    await admin.createTopics({ topics, waitForLeaders: true });
    return missing.map((spec) => spec.topic);
  });
}

/** The names among `topics` that the cluster does not have. */
export function missingTopics(brokers: string[], topics: string[]): Promise<string[]> {
  return withAdmin(brokers, async (admin) => {
    const existing = new Set(await admin.listTopics());
    return topics.filter((topic) => !existing.has(topic));
  });
}
