/** The messaging lib's view of Kafka. Only files in this folder import kafkajs, so the client can be swapped. */

export interface OutgoingMessage {
  topic: string;
  key: string;
  value: string | Buffer;
  headers: Record<string, string>;
}

export interface IncomingMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

export interface MessageProducer {
  /** Publishes with acks=all; resolves once every message is acknowledged. Order is kept per topic-partition. */
  send(messages: OutgoingMessage[]): Promise<void>;
  disconnect(): Promise<void>;
}

export interface BatchContext {
  isRunning(): boolean;
  /** Marks `offset` done; committed (as offset + 1) on the next commit. */
  resolveOffset(offset: string): void;
  commit(): Promise<void>;
  heartbeat(): Promise<void>;
}

export type BatchHandler = (messages: IncomingMessage[], context: BatchContext) => Promise<void>;

export type ConsumerEvent = 'joined' | 'heartbeat' | 'committed' | 'crashed' | 'stopped';

export interface SubscribeOptions {
  groupId: string;
  topics: string[];
  onBatch: BatchHandler;
  onEvent: (event: ConsumerEvent, detail?: { error?: Error; restart?: boolean }) => void;
  partitionsConsumedConcurrently?: number;
  sessionTimeoutMs?: number;
}

export interface ConsumerHandle {
  stop(): Promise<void>;
}

export interface TopicSpec {
  topic: string;
  partitions?: number;
}
