import type { TopicSpec } from './kafka/kafka-types.ts';

/** Each topic and its `<topic>.dlq`, prefixed, ready for `createTopics`. */
export function topicsWithDeadLetters(topics: string[], prefix = '', partitions = 3): TopicSpec[] {
  return topics.flatMap((topic) => [
    { topic: prefix + topic, partitions },
    { topic: `${prefix}${topic}.dlq`, partitions: 1 },
  ]);
}
