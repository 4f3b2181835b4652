export { deadLetterLater, type StoredMessage, storedMessage } from './dead-letters/deferred-dead-letter.ts';
export { type ReplayOptions, replayDeadLetters } from './dead-letters/replay-dead-letters.ts';
export type { BatchEventHandler, EventHandler, EventHandlers } from './inbox/event-handlers.ts';
export { type InboxConsumer, type InboxConsumerOptions, startInboxConsumer } from './inbox/inbox-consumer.ts';
export { pruneInbox } from './inbox/prune-inbox.ts';
export { type HandlerOutcome, type Refusal, refuse } from './inbox/refusal.ts';
export { createKafkaBus, type KafkaBus, type KafkaBusOptions } from './kafka/kafka-bus.ts';
export { createTopics } from './kafka/kafka-topics.ts';
export type {
  IncomingMessage,
  MessageProducer,
  OutgoingMessage,
  PartitionLag,
  TopicSpec,
} from './kafka/kafka-types.ts';
export type { Logger } from './logger.ts';
export type { MessagingTables } from './messaging-tables.ts';
export { migrateMessaging } from './migrate-messaging.ts';
export { enqueueEvent, enqueueEvents, outboxInsert } from './outbox/enqueue-event.ts';
export { registerOutboxMetrics } from './outbox/outbox-metrics.ts';
export { type OutboxRelay, type OutboxRelayOptions, startOutboxRelay } from './outbox/outbox-relay.ts';
export { topicsWithDeadLetters } from './topics-with-dead-letters.ts';
