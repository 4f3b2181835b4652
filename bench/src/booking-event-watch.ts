import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';

/** A downstream consumer that notes when each BookingCreated (by booking id) reaches the topic's reader. */
export async function watchBookingEvents(brokers: string[], topic: string) {
  const seenAt = new Map<string, number>();
  const consumer = new Kafka({ brokers, logLevel: logLevel.NOTHING }).consumer({
    groupId: `bench-${randomUUID()}`,
    maxWaitTimeInMs: 20,
  });
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const event = JSON.parse(String(message.value)) as { type: string; subject: string };
      if (event.type === 'BookingCreated') seenAt.set(event.subject, performance.now());
    },
  });
  await joined;
  return { seenAt, stop: () => consumer.disconnect() };
}
