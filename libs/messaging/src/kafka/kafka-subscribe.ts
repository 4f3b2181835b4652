import type { Kafka } from 'kafkajs';
import { toIncoming } from './kafka-incoming.ts';
import type { ConsumerHandle, SubscribeOptions, TopicPartition } from './kafka-types.ts';

/** A consumer group member that hands batches to `onBatch`; offsets are committed only when resolved. */
export async function subscribe(kafka: Kafka, options: SubscribeOptions): Promise<ConsumerHandle> {
  const consumer = kafka.consumer({
    groupId: options.groupId,
    sessionTimeout: options.sessionTimeoutMs ?? 30_000,
    allowAutoTopicCreation: false,
    // Stopping waits for the fetch in flight; kafkajs' 5 s default made every shutdown (and test) wait that long.
    maxWaitTimeInMs: 500,
    retry: {
      initialRetryTime: 300,
      retries: 8,
      // kafkajs restarts the member itself after a retriable error (a broker gone, a coordinator moving), emitting
      // STOP then CRASH with restart=true; only a crash with restart=false needs a fresh process.
      restartOnFailure: async () => true,
    },
  });
  const { CRASH, STOP, HEARTBEAT, GROUP_JOIN, REBALANCING, FETCH, COMMIT_OFFSETS } = consumer.events;
  consumer.on(GROUP_JOIN, ({ payload }) => options.onEvent('joined', { assignment: owned(payload.memberAssignment) }));
  consumer.on(REBALANCING, () => options.onEvent('rebalancing'));
  consumer.on(FETCH, () => options.onEvent('fetched'));
  consumer.on(HEARTBEAT, () => options.onEvent('heartbeat'));
  consumer.on(COMMIT_OFFSETS, () => options.onEvent('committed'));
  consumer.on(STOP, () => options.onEvent('stopped'));
  consumer.on(CRASH, ({ payload }) => options.onEvent('crashed', { error: payload.error, restart: payload.restart }));
  await consumer.connect();
  await consumer.subscribe({ topics: options.topics, fromBeginning: true });
  await consumer.run({
    eachBatchAutoResolve: false,
    autoCommit: true,
    autoCommitInterval: 1_000,
    partitionsConsumedConcurrently: options.partitionsConsumedConcurrently ?? 3,
    eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary }) => {
      const messages = batch.messages.map((message) => toIncoming(batch.topic, batch.partition, message));
      await options.onBatch(messages, {
        isRunning: () => isRunning() && !isStale(),
        resolveOffset,
        commit: () => commitOffsetsIfNecessary(),
        heartbeat,
      });
    },
  });
  return { stop: () => consumer.disconnect() };
}

function owned(assignment: Record<string, number[]>): TopicPartition[] {
  return Object.entries(assignment).flatMap(([topic, partitions]) =>
    partitions.map((partition) => ({ topic, partition })),
  );
}
