import type { Admin } from 'kafkajs';

export async function topicLag(admin: Admin, groupId: string, topics: string[]): Promise<number> {
  const committed = await admin.fetchOffsets({ groupId, topics });
  let lag = 0;
  for (const { topic, partitions } of committed) {
    const ends = await admin.fetchTopicOffsets(topic);
    for (const end of ends) {
      const done = partitions.find((partition) => partition.partition === end.partition)?.offset ?? '-1';
      const start = Number(done) < 0 ? Number(end.low) : Number(done);
      lag += Math.max(0, Number(end.high) - start);
    }
  }
  return lag;
}
