import { parseArgs } from 'node:util';
import { replayDeadLetters } from '../dead-letters/replay-dead-letters.ts';
import { createKafkaBus } from '../kafka/kafka-bus.ts';
import type { Logger } from '../logger.ts';

// `make replay-dlq TOPIC=booking.events.v1`: replays `<prefix><topic>.dlq` into `<prefix><topic>` once, up to the
// DLQ's end when it starts, then exits. Brokers: --brokers, else KAFKA_BROKERS, else the local stack's.
const usage = 'usage: replay-dead-letters --topic <topic> [--prefix <topic prefix>] [--brokers host:port,…]';
const { values } = parseArgs({
  options: {
    topic: { type: 'string' },
    prefix: { type: 'string', default: '' },
    brokers: { type: 'string', default: process.env.KAFKA_BROKERS ?? 'localhost:19092' },
  },
});
if (!values.topic) {
  console.error(usage);
  process.exit(2);
}
const write = (level: string) => (fields: object, message?: string) =>
  console.error(JSON.stringify({ level, msg: message, ...fields }));
const logger: Logger = { debug: () => {}, info: write('info'), warn: write('warn'), error: write('error') };
const bus = createKafkaBus({ brokers: values.brokers.split(','), clientId: 'dlq-replay', logger });
const replayed = await replayDeadLetters(bus, { topic: values.topic, topicPrefix: values.prefix });
console.log(
  `replayed ${replayed} message(s) from ${values.prefix}${values.topic}.dlq into ${values.prefix}${values.topic}`,
);
