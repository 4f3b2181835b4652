import type { Topic } from '@calbridge/contracts';
import { type EventHandlers, type TopicSpec, topicsWithDeadLetters } from '@calbridge/messaging';
import { subscribedTopics } from './subscribed-topics.ts';

/** Every topic a service produces to or consumes from, each with its `.dlq`, prefixed: what must exist before it runs. */
export function serviceTopics(produces: readonly Topic[], handlers: EventHandlers, prefix: string): TopicSpec[] {
  return topicsWithDeadLetters([...new Set([...produces, ...subscribedTopics(handlers)])], prefix);
}
