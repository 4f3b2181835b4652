import type { Admin } from 'kafkajs';
import type { PartitionLag } from './kafka-types.ts';

/** Per topic-partition, the messages the group has not committed yet (from the partition's start if it never did). */
export async function partitionLags(admin: Admin, groupId: string, topics: string[]): Promise<PartitionLag[]> {
  const committed = await admin.fetchOffsets({ groupId, topics });
  const lags: PartitionLag[] = [];
  for (const { topic, partitions } of committed) {
    const ends = await admin.fetchTopicOffsets(topic);
    for (const end of ends) {
      const done = partitions.find((partition) => partition.partition === end.partition)?.offset ?? '-1';
      const start = Number(done) < 0 ? Number(end.low) : Number(done);
      lags.push({ topic, partition: end.partition, lag: Math.max(0, Number(end.high) - start) });
    }
  }
  return lags;
}
