import { fileURLToPath } from 'node:url';
import type { ServiceDefinition } from '@calbridge/runtime';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { deliveryWorker } from './delivery/delivery-worker.ts';
import { subscriptions } from './events/consumers.ts';

export const service: ServiceDefinition<Config, Database> = {
  name: 'notification-service',
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  subscriptions,
  produces: [],
  buildApp,
  workers: [deliveryWorker],
};
