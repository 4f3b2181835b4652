import type { Admin, Kafka } from 'kafkajs';
import { toIncoming } from './kafka-incoming.ts';
import { createProducer } from './kafka-producer.ts';
import type { CopyOptions } from './kafka-types.ts';

/** Per partition, the offset where the copy ends: the end of the topic when the copy starts. */
async function remainingRanges(admin: Admin, from: string, groupId: string): Promise<Map<number, number>> {
  const [committed] = await admin.fetchOffsets({ groupId, topics: [from] });
  const remaining = new Map<number, number>();
  for (const { partition, low, high } of await admin.fetchTopicOffsets(from)) {
    const done = Number(committed?.partitions.find((each) => each.partition === partition)?.offset ?? -1);
    if (Math.max(done, Number(low)) < Number(high)) remaining.set(partition, Number(high));
  }
  return remaining;
}

/**
 * Copies `from` into what `transform` makes of each message, from the group's committed offsets up to the end the
 * topic had when the copy started, committing after every produced batch: a second run continues, never repeats,
 * and messages arriving meanwhile wait for the next run. Resolves the number of messages copied.
 */
export async function copyToEnd(kafka: Kafka, options: CopyOptions): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  const remaining = await remainingRanges(admin, options.from, options.groupId).finally(() => admin.disconnect());
  if (remaining.size === 0) return 0;
  const producer = await createProducer(kafka);
  const consumer = kafka.consumer({ groupId: options.groupId, allowAutoTopicCreation: false, maxWaitTimeInMs: 500 });
  let copied = 0;
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [options.from], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        if (!payload.restart) reject(payload.error);
      });
      const run = consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        eachBatch: async ({ batch, resolveOffset }) => {
          const end = remaining.get(batch.partition);
          const due = batch.messages.filter(({ offset }) => end !== undefined && Number(offset) < end);
          const last = due.at(-1);
          if (end === undefined || !last) return;
          await producer.send(
            due.map((message) => options.transform(toIncoming(batch.topic, batch.partition, message))),
          );
          copied += due.length;
          resolveOffset(last.offset);
          const next = Number(last.offset) + 1;
          await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: String(next) }]);
          if (next >= end) remaining.delete(batch.partition);
          if (remaining.size === 0) resolve();
        },
      });
      run.catch(reject);
    });
  } finally {
    await consumer.disconnect();
    await producer.disconnect();
  }
  return copied;
}
