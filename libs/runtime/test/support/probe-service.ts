import { fileURLToPath } from 'node:url';
import { topics } from '@calbridge/contracts';
import { createDatabase } from '@calbridge/db';
import { migrateMessaging } from '@calbridge/messaging';
import { z } from 'zod';
import { buildServiceHttpApp, type ServiceDefinition, serviceEnv } from '../../src/index.ts';

/** The smallest service: produces booking events and consumes availability events, with no routes of its own. */
export const probeService: ServiceDefinition = {
  name: 'probe-service',
  migrationsFolder: fileURLToPath(new URL('.', import.meta.url)),
  subscriptions: { groupId: 'probe-service', handlers: { BlockApplied: async () => {} } },
  produces: [topics.booking],
  buildApp: (deps) => buildServiceHttpApp(deps),
};

export const probeConfig = (env: Record<string, string>) => z.object(serviceEnv).parse(env);

/** The probe has no tables of its own: only the outbox and inbox ones. */
export async function migrateProbe(url: string): Promise<void> {
  const db = createDatabase({ url, poolSize: 1 });
  await migrateMessaging(db);
  await db.destroy();
}
