import { fileURLToPath } from 'node:url';
import { topics } from '@calbridge/contracts';
import type { ServiceDefinition } from '@calbridge/runtime';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { subscriptions } from './events/consumers.ts';
import { serviceName } from './service-name.ts';

export const service: ServiceDefinition<Config, Database> = {
  name: serviceName,
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  subscriptions,
  produces: [topics.availability],
  buildApp,
};
