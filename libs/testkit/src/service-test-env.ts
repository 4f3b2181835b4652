import { randomBytes } from 'node:crypto';
import { freePort } from '@calbridge/local-stack';
import { createTestDatabase } from './test-database.ts';
import { testKafkaBrokers, uniquePrefix } from './test-topics.ts';

/** The environment a service needs, pointing at a fresh test database and topics of its own, on a free port. */
export async function createServiceTestEnv() {
  const database = await createTestDatabase();
  const env = {
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    DATABASE_URL: database.url,
    KAFKA_BROKERS: testKafkaBrokers().join(','),
    KAFKA_TOPIC_PREFIX: uniquePrefix(),
    // The service creates the topics it produces and consumes, as in `make up` (the broker never auto-creates).
    KAFKA_CREATE_TOPICS: 'true',
    AUTH_JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  };
  return { env, drop: database.drop };
}
