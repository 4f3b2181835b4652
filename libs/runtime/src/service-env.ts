import { commonEnv, envBoolean, envInteger } from '@calbridge/config';
import { z } from 'zod';

/** Environment every service reads; a service adds its own variables to this shape. */
export const serviceEnv = {
  ...commonEnv,
  // Lets several stacks share one Kafka cluster, and each test file have its own topics.
  KAFKA_TOPIC_PREFIX: z.string().default(''),
  // Off in production, where a chart Job creates topics with their real settings; on in `make up` and tests.
  KAFKA_CREATE_TOPICS: envBoolean().default(false),
  DATABASE_POOL_SIZE: envInteger({ min: 1 }).default(10),
  // Nothing waits forever on a slow query, a lock or a forgotten transaction (see libs/db).
  DATABASE_STATEMENT_TIMEOUT_MS: envInteger({ min: 1 }).default(30_000),
  DATABASE_LOCK_TIMEOUT_MS: envInteger({ min: 1 }).default(10_000),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: envInteger({ min: 1 }).default(60_000),
  // How long consumed event ids are remembered for deduplication; must exceed the topics' retention (Kafka: 7 days).
  INBOX_RETENTION_DAYS: envInteger({ min: 1 }).default(30),
  // How long the group waits for a consumer that stopped heartbeating (a killed pod) before handing its partitions
  // to the others; Kafka's group.min.session.timeout.ms (6 s by default) is the floor.
  KAFKA_SESSION_TIMEOUT_MS: envInteger({ min: 6_000 }).default(30_000),
};

const serviceEnvSchema = z.object(serviceEnv);
export type ServiceConfig = z.infer<typeof serviceEnvSchema>;
