import { createDatabase } from '@calbridge/db';
import { createKafkaBus, startOutboxRelay } from '../../src/index.ts';
import { silentLogger } from './silent-logger.ts';

// A relay in its own process, so a test can kill it with SIGKILL in the middle of its work.
const url = process.env.DATABASE_URL as string;
const bus = createKafkaBus({
  brokers: (process.env.KAFKA_BROKERS as string).split(','),
  clientId: 'relay',
  logger: silentLogger,
});
await startOutboxRelay({
  db: createDatabase({ url }),
  databaseUrl: url,
  producer: await bus.producer(),
  ping: () => bus.ping(),
  logger: silentLogger,
  topicPrefix: process.env.TOPIC_PREFIX,
  batchSize: 25,
});
process.send?.('started');
