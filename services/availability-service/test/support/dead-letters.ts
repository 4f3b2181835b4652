import type { ReadMessage } from './topic-reader.ts';

/** The dead-letter reasons given for one event, as an operator reading the DLQ would find them. */
export function deadLetterReasons(dlq: { messages: ReadMessage[] }, event: { id: string }): string[] {
  return dlq.messages
    .filter((message) => JSON.parse(message.value).id === event.id)
    .map((message) => message.headers['dlq-reason'] ?? '');
}
