import { fileURLToPath } from 'node:url';
import { topics } from '@calbridge/contracts';
import type { ServiceDefinition } from '@calbridge/runtime';
import { buildApp } from './app.ts';
import { channelReconciliation } from './channels/channel-reconciliation.job.ts';
import { channelsWorker } from './channels/channels-worker.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { subscriptions } from './events/consumers.ts';
import { syncScheduleJob } from './inbound/sync-schedule.job.ts';
import { syncWorker } from './inbound/sync-worker.ts';
import { outboundWorker } from './outbound/outbound-worker.ts';

export const service: ServiceDefinition<Config, Database> = {
  name: 'calendar-connector',
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  subscriptions,
  // Spec §2: EventChanged and IntegrationStatusChanged; created now so the handlers that publish them find them.
  produces: [topics.calendar, topics.integration],
  buildApp,
  workers: [outboundWorker, syncWorker, channelsWorker],
  periodicJobs: [syncScheduleJob, channelReconciliation],
};
