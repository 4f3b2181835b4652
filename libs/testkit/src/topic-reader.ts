import { randomUUID } from 'node:crypto';
import { type CalbridgeEvent, keyOf, parseEvent } from '@calbridge/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { testKafkaBrokers } from './test-topics.ts';

export interface ReadEvent {
  key: string;
  partition: number;
  event: CalbridgeEvent;
  headers: Record<string, string>;
}

/**
 * A plain downstream consumer of a topic from its beginning. Every message must validate against the contracts
 * package; one that does not lands in `invalid`, which tests expect to stay empty.
 */
export async function readTopic(topic: string) {
  const events: ReadEvent[] = [];
  const invalid: string[] = [];
  const kafka = new Kafka({ brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `reader-${randomUUID()}`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      const parsed = parseEvent(JSON.parse(String(message.value)));
      const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]));
      if (parsed.ok) events.push({ key: String(message.key), partition, event: parsed.event, headers });
      else invalid.push(parsed.reason);
    },
  });
  return { events, invalid, stop: () => consumer.disconnect() };
}

// One send carries one batch per partition, and the broker refuses a batch over 1 MB: a few hundred events at a time.
const eventsPerSend = 200;

/** Sends events as another service would (availability-service's BlockApplied / BlockReleased, keyed by room). */
export async function publishEvents(topic: string, events: CalbridgeEvent[]) {
  const producer = new Kafka({ brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING }).producer();
  await producer.connect();
  try {
    for (let start = 0; start < events.length; start += eventsPerSend) {
      const messages = events.slice(start, start + eventsPerSend).map((event) => ({
        key: keyOf(event),
        value: JSON.stringify(event),
      }));
      await producer.send({ topic, messages });
    }
  } finally {
    await producer.disconnect();
  }
}
