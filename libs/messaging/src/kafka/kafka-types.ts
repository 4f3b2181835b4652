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

/** What the member saw: `fetched`, `heartbeat` and `committed` are answers from the broker, not progress. */
export type ConsumerEvent = 'joined' | 'rebalancing' | 'fetched' | 'heartbeat' | 'committed' | 'crashed' | 'stopped';

export interface TopicPartition {
  topic: string;
  partition: number;
}

export interface ConsumerEventDetail {
  error?: Error;
  /** On `crashed`: whether the client restarts the member by itself. */
  restart?: boolean;
  /** On `joined`: the partitions this member now owns. */
  assignment?: TopicPartition[];
}

export interface PartitionLag extends TopicPartition {
  lag: number;
}

export interface SubscribeOptions {
  groupId: string;
  topics: string[];
  onBatch: BatchHandler;
  onEvent: (event: ConsumerEvent, detail?: ConsumerEventDetail) => void;
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

export interface CopyOptions {
  from: string;
  /** The group whose committed offsets remember how far earlier copies went. */
  groupId: string;
  transform: (message: IncomingMessage) => OutgoingMessage;
}
