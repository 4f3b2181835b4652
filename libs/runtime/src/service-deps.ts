import { createDatabase, pingDatabase } from '@calbridge/db';
import type { HealthChecks } from '@calbridge/http';
import { createLogger, type Logger } from '@calbridge/logging';
import { createKafkaBus, type KafkaBus, type MessageProducer } from '@calbridge/messaging';
import type { Kysely } from 'kysely';
import { Registry } from 'prom-client';
import type { ServiceConfig } from './service-env.ts';

/** What a service's app and handlers are built from: passed explicitly, never imported. */
export interface ServiceDeps<Config extends ServiceConfig = ServiceConfig, Schema = unknown> {
  name: string;
  config: Config;
  logger: Logger;
  db: Kysely<Schema>;
  bus: KafkaBus;
  producer: MessageProducer;
  readinessChecks: HealthChecks;
  livenessChecks: HealthChecks;
  /** The one registry `/metrics` serves: the HTTP app, the consumer and the relay all register on it. */
  metricsRegistry: Registry;
}

export async function openServiceDeps<Config extends ServiceConfig, Schema>(
  name: string,
  config: Config,
  logger = createLogger({ name, level: config.LOG_LEVEL }),
): Promise<ServiceDeps<Config, Schema>> {
  const db = createDatabase<Schema>({
    url: config.DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    lockTimeoutMs: config.DATABASE_LOCK_TIMEOUT_MS,
    idleInTransactionTimeoutMs: config.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    applicationName: name,
    onIdleError: (error) => logger.warn({ err: error }, 'an idle database connection broke; it will be replaced'),
  });
  const bus = createKafkaBus({ brokers: [...config.KAFKA_BROKERS], clientId: config.KAFKA_CLIENT_ID ?? name, logger });
  const producer = await bus.producer();
  const readinessChecks: HealthChecks = { postgres: () => pingDatabase(db), kafka: () => bus.ping() };
  const metricsRegistry = new Registry();
  return { name, config, logger, db, bus, producer, readinessChecks, livenessChecks: {}, metricsRegistry };
}
