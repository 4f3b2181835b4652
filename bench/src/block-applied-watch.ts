import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';

/**
 * A downstream reader of availability events from the topic's beginning: when (performance.now()) the first
 * BlockApplied for each Google event id was seen.
 */
export async function watchBlockApplied(brokers: string[], topic: string) {
  const seen = new Map<string, number>();
  const consumer = new Kafka({ brokers, logLevel: logLevel.NOTHING }).consumer({
    groupId: `bench-${randomUUID()}`,
    maxWaitTimeInMs: 50,
  });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.run({
    eachMessage: async ({ message }) => {
      const at = performance.now();
      const event = JSON.parse(String(message.value));
      const eventId = event.type === 'BlockApplied' ? event.data.block.source.eventId : undefined;
      if (typeof eventId === 'string' && !seen.has(eventId)) seen.set(eventId, at);
    },
  });
  await joined;
  return { seen, stop: () => consumer.disconnect() };
}
