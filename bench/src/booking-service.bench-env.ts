import { randomBytes } from 'node:crypto';
import { type Config, readConfig } from '@calbridge/booking-service/config';
import { service } from '@calbridge/booking-service/service';
import { topics } from '@calbridge/contracts';
import { createDatabase } from '@calbridge/db';
import { signToken } from '@calbridge/http';
import { freePort } from '@calbridge/local-stack';
import { createKafkaBus, topicsWithDeadLetters } from '@calbridge/messaging';
import { migrateService, startService } from '@calbridge/runtime';
import { createTestDatabase, uniquePrefix } from '@calbridge/testkit';
import type { Kysely } from 'kysely';
import pino from 'pino';

/** booking-service started in-process on a fresh database and topics of its own, as in production. */
export async function startBookingForBench(brokers: string[]) {
  const testDb = await createTestDatabase();
  const config: Config = readConfig({
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    DATABASE_URL: testDb.url,
    KAFKA_BROKERS: brokers.join(','),
    KAFKA_TOPIC_PREFIX: uniquePrefix(),
    AUTH_JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
  });
  const bus = createKafkaBus({ brokers, clientId: 'bench', logger: pino({ level: 'silent' }) });
  await bus.ensureTopics(topicsWithDeadLetters([topics.booking, topics.availability], config.KAFKA_TOPIC_PREFIX));
  const migrationDb = createDatabase({ url: testDb.url, poolSize: 1 });
  await migrateService(migrationDb, service.migrationsFolder);
  await migrationDb.destroy();
  const running = await startService(service, config);
  // biome-ignore lint/suspicious/noExplicitAny: the raw baseline writes bench tables with raw SQL
  const db = running.deps.db as Kysely<any>;
  const token = (partnerId: string) => signToken({ partnerId }, config.AUTH_JWT_SECRET);
  const close = async (): Promise<void> => {
    await running.close();
    await testDb.drop();
  };
  return { url: `http://127.0.0.1:${config.PORT}`, config, db, token, close };
}
