import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';

export interface ReadMessage {
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** A plain downstream consumer recording everything on a topic from the beginning, as another service would see it. */
export async function readTopic(brokers: string[], topic: string) {
  const messages: ReadMessage[] = [];
  const consumer = new Kafka({ brokers, logLevel: logLevel.NOTHING }).consumer({
    groupId: `reader-${randomUUID()}`,
    maxWaitTimeInMs: 50,
  });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]));
      messages.push({ key: String(message.key), value: String(message.value), headers });
    },
  });
  return { messages, stop: () => consumer.disconnect() };
}
