import { createDatabase } from '@calbridge/db';
import {
  migrateService,
  type RunningService,
  type ServiceConfig,
  type ServiceDefinition,
  startService,
} from '@calbridge/runtime';
import { eventually } from '@calbridge/testkit';

export interface InProcessService<Config extends ServiceConfig, Schema> {
  url: string;
  running: RunningService<Config, Schema>;
}

/**
 * Migrates the service's database and starts it in-process on its port, as its pod would run; resolves once it
 * answers `/health/ready`, i.e. its topics exist and its consumer has joined its group, so no event sent from now on
 * waits for a rebalance.
 */
export async function startInProcess<Config extends ServiceConfig, Schema>(
  definition: ServiceDefinition<Config, Schema>,
  config: Config,
): Promise<InProcessService<Config, Schema>> {
  const migrationDb = createDatabase({ url: config.DATABASE_URL, poolSize: 1 });
  try {
    await migrateService(migrationDb, definition.migrationsFolder);
  } finally {
    await migrationDb.destroy();
  }
  const running = await startService(definition, config);
  const url = `http://127.0.0.1:${config.PORT}`;
  await eventually(async () => {
    const response = await fetch(`${url}/health/ready`);
    if (response.status !== 200) throw new Error(`${definition.name} not ready: ${await response.text()}`);
  });
  return { url, running };
}
