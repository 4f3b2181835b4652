import type { OutgoingMessage } from '../kafka/kafka-types.ts';

/** What the relay reads of an outbox row. */
export interface OutboxRow {
  seq: string;
  topic: string;
  key: string;
  payload: string;
  headers: Record<string, string>;
  attempts: number;
}

export function toMessage(row: OutboxRow, topicPrefix: string): OutgoingMessage {
  return { topic: topicPrefix + row.topic, key: row.key, value: row.payload, headers: row.headers };
}
