import { createDatabase } from '@calbridge/db';
import { createTestDatabase, testKafkaBrokers, uniquePrefix } from '@calbridge/testkit';
import { type Kysely, sql } from 'kysely';
import { createKafkaBus, createTopics, migrateMessaging, topicsWithDeadLetters } from '../../src/index.ts';
import { silentLogger } from './silent-logger.ts';

/** A fresh database with the messaging tables, a connected producer, a `counter` table for effects, and this file's own topics. */
export async function messagingFixture(brokers = testKafkaBrokers()) {
  const testDb = await createTestDatabase();
  // biome-ignore lint/suspicious/noExplicitAny: tests use raw SQL on their own tables
  const db: Kysely<any> = createDatabase({ url: testDb.url, poolSize: 20 });
  await migrateMessaging(db);
  await sql`create table counter (key text primary key, n integer not null)`.execute(db);
  await sql`create table applied (id uuid not null)`.execute(db);
  const prefix = uniquePrefix();
  const bus = createKafkaBus({ brokers, clientId: 'messaging-test', logger: silentLogger });
  await createTopics(brokers, topicsWithDeadLetters(['booking.events.v1'], prefix));
  const topic = `${prefix}booking.events.v1`;
  const producer = await bus.producer();
  const close = async (): Promise<void> => {
    await producer.disconnect();
    await db.destroy();
    await testDb.drop();
  };
  const logger = silentLogger;
  /** What every relay and consumer in these tests is wired with; a test adds only what it is about. */
  const relayOptions = { db, databaseUrl: testDb.url, producer, logger, topicPrefix: prefix, ping: () => bus.ping() };
  const consumerOptions = { bus, producer, db, logger, topics: ['booking.events.v1'], topicPrefix: prefix };
  return { db, url: testDb.url, prefix, topic, bus, producer, brokers, relayOptions, consumerOptions, close };
}

/** Bumps and returns the per-key counter inside `trx`; its row lock orders same-key transactions. */
// biome-ignore lint/suspicious/noExplicitAny: raw SQL on the test table
export async function bump(trx: Kysely<any>, key: string): Promise<number> {
  const result = await sql<{ n: number }>`
    insert into counter (key, n) values (${key}, 1)
    on conflict (key) do update set n = counter.n + 1 returning n`.execute(trx);
  return result.rows[0]?.n ?? 0;
}
