import type { ServicePart } from './service.part.ts';
import type { StackPart } from './stack-part.ts';

/**
 * Postgres, and as soon as it is up each service's migration, which needs nothing else: otherwise a warm start waits
 * for the broker before it migrates. A service's `start` awaits its own migration and reports its failure. Stopping
 * ends migrations still running too, as their services may not have been reached yet.
 */
export function withEarlyMigrations(postgres: StackPart, services: ServicePart[]): StackPart {
  return {
    describe: () => postgres.describe(),
    async start(signal) {
      await postgres.start(signal);
      for (const service of services) service.beginMigration(signal);
    },
    async stop() {
      await Promise.all(services.map((service) => service.stopMigration()));
      await postgres.stop();
    },
  };
}
