export { migrateService, runMigrations } from './migrate-service.ts';
export type { PeriodicJob } from './periodic-jobs.ts';
export { type ClaimedWorkQueue, queueWorker } from './queue-worker.ts';
export { runService } from './run-service.ts';
export type { BackgroundWorker, ServiceDefinition } from './service-definition.ts';
export { openServiceDeps, type ServiceDeps } from './service-deps.ts';
export { type ServiceConfig, serviceEnv } from './service-env.ts';
export { buildServiceHttpApp } from './service-http-app.ts';
export { type RunningService, startService } from './start-service.ts';
