import { commonEnv, envInteger } from '@calbridge/config';
import { z } from 'zod';

/** Environment every service reads; a service adds its own variables to this shape. */
export const serviceEnv = {
  ...commonEnv,
  // Lets several stacks share one Kafka cluster, and each test file have its own topics.
  KAFKA_TOPIC_PREFIX: z.string().default(''),
  DATABASE_POOL_SIZE: envInteger({ min: 1 }).default(10),
  // How long consumed event ids are remembered for deduplication; must exceed the topics' retention (Kafka: 7 days).
  INBOX_RETENTION_DAYS: envInteger({ min: 1 }).default(30),
};

const serviceEnvSchema = z.object(serviceEnv);
export type ServiceConfig = z.infer<typeof serviceEnvSchema>;
