import type { Kysely } from 'kysely';
import type { IncomingMessage, MessageProducer } from '../kafka/kafka-types.ts';
import type { MessagingTables } from '../messaging-tables.ts';
import { sendToDeadLetter } from './dead-letter.ts';

/** A consumed message as a service can keep it in a table (JSON), for work it finishes after the inbox commit. */
export interface StoredMessage extends Omit<IncomingMessage, 'value'> {
  value: string;
}

export const storedMessage = (message: IncomingMessage): StoredMessage => ({
  ...message,
  value: message.value?.toString('utf8') ?? '',
});

/**
 * Dead-letters a message whose work failed after its inbox transaction had committed (a service that hands the
 * work to a worker, say), and forgets that it was consumed, so `make replay-dlq` applies it again instead of the
 * inbox skipping it as a duplicate.
 */
export async function deadLetterLater(
  producer: MessageProducer,
  db: Kysely<MessagingTables>,
  failed: { message: StoredMessage; eventId: string; groupId: string; reason: string },
): Promise<void> {
  const { message, eventId, groupId, reason } = failed;
  await sendToDeadLetter(producer, { ...message, value: Buffer.from(message.value, 'utf8') }, groupId, reason);
  await db.deleteFrom('messaging_inbox').where('consumer', '=', groupId).where('event_id', '=', eventId).execute();
}
