import { createLogger } from '@calbridge/logging';
import { openServiceDeps } from '@calbridge/runtime';
import { buildApp } from '../../src/app.ts';
import type { Config } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import { service } from '../../src/service.ts';

/**
 * The connector's HTTP app on the fixture's database and settings, with every log line (debug and up) kept in
 * `lines`, so a test can show what an operator would read. Called with `app.inject`; the fixture's running
 * service still relays the outbox to Kafka.
 */
export async function capturedApp(config: Config) {
  const lines: string[] = [];
  const logger = createLogger({
    name: service.name,
    level: 'debug',
    destination: {
      write: (line: string) => {
        lines.push(line);
      },
    },
  });
  const deps = await openServiceDeps<Config, Database>(service.name, config, logger);
  const app = await buildApp(deps);
  await app.ready();
  return {
    app,
    lines,
    close: async () => {
      await app.close();
      await deps.producer.disconnect();
      await deps.db.destroy();
    },
  };
}

export type CapturedApp = Awaited<ReturnType<typeof capturedApp>>;
