import { fileURLToPath } from 'node:url';
import { topics } from '@calbridge/contracts';
import type { ServiceDefinition } from '@calbridge/runtime';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { subscriptions } from './events/consumers.ts';
import { pruneIdempotencyKeys } from './idempotency/prune-idempotency-keys.ts';

export const service: ServiceDefinition<Config, Database> = {
  name: 'booking-service',
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  subscriptions,
  produces: [topics.booking],
  buildApp,
  periodicJobs: [{ name: 'prune idempotency keys', everyMs: 3_600_000, run: ({ db }) => pruneIdempotencyKeys(db) }],
};
