import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { benchEvent } from './payload.ts';

/** Plain kafkajs, acks=all, batches of 500: the ceiling our relay and consumer are compared with. */
export async function rawKafka(brokers: string[], topic: string, count: number) {
  const kafka = new Kafka({ brokers, logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  const values = Array.from({ length: count }, (_, index) => {
    const event = benchEvent(index);
    return { key: event.subject, value: JSON.stringify(event) };
  });
  let started = performance.now();
  for (let offset = 0; offset < count; offset += 500) {
    await producer.send({ topic, acks: -1, messages: values.slice(offset, offset + 500) });
  }
  const produceSeconds = (performance.now() - started) / 1000;
  await producer.disconnect();

  const consumer = kafka.consumer({ groupId: `raw-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let seen = 0;
  await new Promise<void>((resolve) => {
    void consumer.run({
      eachBatch: async ({ batch }) => {
        // Timed from the first message, like the inbox benchmark, so group-join time is left out of both.
        if (seen === 0) started = performance.now();
        seen += batch.messages.length;
        if (seen >= count) resolve();
      },
    });
  });
  const consumeSeconds = (performance.now() - started) / 1000;
  await consumer.disconnect();
  return { produce: count / produceSeconds, consume: count / consumeSeconds };
}
