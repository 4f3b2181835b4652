import type { IncomingMessage, MessageProducer } from '../kafka/kafka-types.ts';

/** Sends the original bytes and headers to `<topic>.dlq`, with why and where from, so nothing is lost. */
export async function sendToDeadLetter(
  producer: MessageProducer,
  message: IncomingMessage,
  groupId: string,
  reason: string,
): Promise<void> {
  await producer.send([
    {
      topic: `${message.topic}.dlq`,
      key: message.key ?? '',
      value: message.value ?? Buffer.alloc(0),
      headers: {
        ...message.headers,
        'dlq-reason': reason,
        'dlq-source-topic': message.topic,
        'dlq-source-partition': String(message.partition),
        'dlq-source-offset': message.offset,
        'dlq-consumer-group': groupId,
        'dlq-failed-at': new Date().toISOString(),
      },
    },
  ]);
}
