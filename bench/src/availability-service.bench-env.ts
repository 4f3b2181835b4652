import { service } from '@calbridge/availability-service';
import { type Config, readConfig } from '@calbridge/availability-service/config';
import { topics } from '@calbridge/contracts';
import { createDatabase } from '@calbridge/db';
import type { HttpApp } from '@calbridge/http';
import { createKafkaBus, type KafkaBus, topicsWithDeadLetters } from '@calbridge/messaging';
import { migrateService, startService } from '@calbridge/runtime';
import { createServiceTestEnv } from '@calbridge/testkit';
import type { Kysely } from 'kysely';
import pino from 'pino';

export interface BenchService {
  app: HttpApp;
  // biome-ignore lint/suspicious/noExplicitAny: the bench seeds the service's tables with raw SQL
  db: Kysely<any>;
  config: Config;
  bus: KafkaBus;
  close(): Promise<void>;
}

/** availability-service started in-process on a fresh database and topics of its own, as in production. */
export async function startAvailabilityForBench(brokers: string[]): Promise<BenchService> {
  const { env, drop } = await createServiceTestEnv();
  const config = readConfig(env);
  const bus = createKafkaBus({ brokers, clientId: 'bench', logger: pino({ level: 'silent' }) });
  const names = [topics.booking, topics.calendar, topics.availability];
  await bus.createTopics(topicsWithDeadLetters(names, config.KAFKA_TOPIC_PREFIX));
  const migrationDb = createDatabase({ url: env.DATABASE_URL, poolSize: 1 });
  await migrateService(migrationDb, service.migrationsFolder);
  await migrationDb.destroy();
  const running = await startService(service, config);
  const close = async (): Promise<void> => {
    await running.close();
    await drop();
  };
  return { app: running.app, db: running.deps.db, config, bus, close };
}
