import { commonEnv, envInteger } from '@calbridge/config';
import { z } from 'zod';

/** Environment every service reads; a service adds its own variables to this shape. */
export const serviceEnv = {
  ...commonEnv,
  // Lets several stacks share one Kafka cluster, and each test file have its own topics.
  KAFKA_TOPIC_PREFIX: z.string().default(''),
  DATABASE_POOL_SIZE: envInteger({ min: 1 }).default(10),
};

const serviceEnvSchema = z.object(serviceEnv);
export type ServiceConfig = z.infer<typeof serviceEnvSchema>;
