import type { Admin } from 'kafkajs';

/**
 * The messages each topic holds now: over its partitions, the high watermark minus the low one (what retention has
 * not removed yet). For a `.dlq` topic, the dead letters waiting for an operator.
 */
export async function topicDepths(admin: Admin, topics: string[]): Promise<Record<string, number>> {
  const depths: Record<string, number> = {};
  for (const topic of topics) {
    const offsets = await admin.fetchTopicOffsets(topic);
    depths[topic] = offsets.reduce((sum, { high, low }) => sum + Math.max(0, Number(high) - Number(low)), 0);
  }
  return depths;
}
