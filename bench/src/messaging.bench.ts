import { createDatabase } from '@calbridge/db';
import {
  createKafkaBus,
  enqueueEvent,
  migrateMessaging,
  startInboxConsumer,
  startOutboxRelay,
  topicsWithDeadLetters,
} from '@calbridge/messaging';
import { createTestDatabase, uniquePrefix } from '@calbridge/testkit';
import { type Kysely, sql } from 'kysely';
import pino from 'pino';
import { benchEvent } from './payload.ts';

const logger = pino({ level: 'silent' });

/** Called around a measured part, e.g. to read CPU counters (see relay-pipeline-only.ts); measures nothing itself. */
export interface BenchProbe {
  start(database: string): void;
  stop(): void;
}

/**
 * Outbox relay publish rate and inbox consumer apply rate, on 1 KB contract events. `relayOnly` skips the inbox part
 * (for harnesses that time the relay alone); `probe` brackets the relay's timed part.
 */
export async function messaging(
  brokers: string[],
  count: number,
  { probe, relayOnly = false }: { probe?: BenchProbe; relayOnly?: boolean } = {},
) {
  const testDb = await createTestDatabase();
  // biome-ignore lint/suspicious/noExplicitAny: raw SQL on a bench table
  const db: Kysely<any> = createDatabase({ url: testDb.url, poolSize: 10 });
  await migrateMessaging(db);
  const prefix = uniquePrefix();
  const bus = createKafkaBus({ brokers, clientId: 'bench', logger });
  await bus.createTopics(topicsWithDeadLetters(['booking.events.v1'], prefix));
  for (let offset = 0; offset < count; offset += 500) {
    await db.transaction().execute(async (trx) => {
      for (let index = offset; index < Math.min(count, offset + 500); index++)
        await enqueueEvent(trx, benchEvent(index));
    });
  }
  const producer = await bus.producer();
  probe?.start(new URL(testDb.url).pathname.slice(1));
  const relayStarted = performance.now();
  const ping = () => bus.ping();
  const relay = await startOutboxRelay({ db, databaseUrl: testDb.url, producer, logger, topicPrefix: prefix, ping });
  await until(async () => (await countRows(db, 'messaging_outbox')) === 0);
  const relaySeconds = (performance.now() - relayStarted) / 1000;
  probe?.stop();
  await relay.stop();
  if (relayOnly) {
    await producer.disconnect();
    await db.destroy();
    await testDb.drop();
    return { relay: count / relaySeconds, inbox: Number.NaN };
  }

  let first = 0;
  const consumer = await startInboxConsumer({
    bus,
    producer,
    db,
    logger,
    groupId: 'bench',
    topics: ['booking.events.v1'],
    topicPrefix: prefix,
    handlers: {
      // A no-op handler, like the raw consumer's: what is measured is the inbox itself (parse + validate against
      // the contract, the inbox insert, the transaction, offset commits). Timed from the first message, so
      // group-join time is left out of both.
      RoomUpserted: async () => {
        first ||= performance.now();
      },
    },
  });
  await until(async () => (await countRows(db, 'messaging_inbox')) === count);
  const inboxSeconds = (performance.now() - first) / 1000;
  await consumer.stop();
  await producer.disconnect();
  await db.destroy();
  await testDb.drop();
  return { relay: count / relaySeconds, inbox: count / inboxSeconds };
}

// biome-ignore lint/suspicious/noExplicitAny: raw SQL on bench tables
async function countRows(db: Kysely<any>, table: string): Promise<number> {
  const result = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return Number(result.rows[0]?.n);
}

async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 20));
}
