import { type Kafka, Partitioners } from 'kafkajs';
import type { MessageProducer, OutgoingMessage } from './kafka-types.ts';

/**
 * acks=all, not idempotent: kafkajs's idempotent mode has sequence-number failures after broker restarts, and every
 * consumer here deduplicates anyway. The Java-compatible murmur2 partitioner is pinned so keys never move partition.
 */
export async function createProducer(kafka: Kafka): Promise<MessageProducer> {
  const producer = kafka.producer({
    createPartitioner: Partitioners.DefaultPartitioner,
    allowAutoTopicCreation: false,
    idempotent: false,
    retry: { initialRetryTime: 200, retries: 6 },
  });
  await producer.connect();
  return {
    send: async (messages) => {
      await producer.sendBatch({ acks: -1, topicMessages: byTopic(messages) });
    },
    disconnect: () => producer.disconnect(),
  };
}

function byTopic(messages: OutgoingMessage[]) {
  const topics = new Map<string, { key: string; value: string | Buffer; headers: Record<string, string> }[]>();
  for (const { topic, key, value, headers } of messages) {
    const list = topics.get(topic) ?? [];
    list.push({ key, value, headers });
    topics.set(topic, list);
  }
  return [...topics].map(([topic, list]) => ({ topic, messages: list }));
}
