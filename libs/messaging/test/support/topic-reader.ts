import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';

export interface ReadMessage {
  partition: number;
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** A plain downstream consumer that records everything on a topic, from the beginning. */
export async function readTopic(brokers: string[], topic: string) {
  const messages: ReadMessage[] = [];
  const consumer = new Kafka({ brokers, logLevel: logLevel.NOTHING }).consumer({ groupId: `reader-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      const headers = Object.fromEntries(
        Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]),
      );
      messages.push({ partition, key: String(message.key), value: String(message.value), headers });
    },
  });
  return { messages, stop: () => consumer.disconnect() };
}
