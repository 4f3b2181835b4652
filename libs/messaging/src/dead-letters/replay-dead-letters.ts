import type { KafkaBus } from '../kafka/kafka-bus.ts';

export interface ReplayOptions {
  /** The topic whose `<topic>.dlq` is replayed into it, without prefix. */
  topic: string;
  topicPrefix?: string;
}

/**
 * Puts what `<topic>.dlq` holds back on `<topic>`: same key (so same partition and order), same value, the original
 * headers without the `dlq-*` ones `sendToDeadLetter` added. Safe to run at any time: every consumer deduplicates by
 * event id, so a group that had processed an event skips it again. Resolves the number of messages replayed.
 */
export function replayDeadLetters(bus: KafkaBus, options: ReplayOptions): Promise<number> {
  const prefix = options.topicPrefix ?? '';
  const topic = prefix + options.topic;
  return bus.copyToEnd({
    from: `${topic}.dlq`,
    groupId: `${prefix}dlq-replay.${options.topic}`,
    transform: (message) => ({
      topic,
      key: message.key ?? '',
      value: message.value ?? Buffer.alloc(0),
      headers: Object.fromEntries(Object.entries(message.headers).filter(([name]) => !name.startsWith('dlq-'))),
    }),
  });
}
