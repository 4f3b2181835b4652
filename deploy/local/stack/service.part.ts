import type { ChildProcess } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { processExit, stopProcess } from '../../../libs/local-stack/src/index.ts';
import type { ServiceFolder } from './service-discovery.ts';
import { spawnLogged } from './spawn-logged.ts';
import type { StackPart } from './stack-part.ts';
import { runningChild, superviseProcess } from './supervised-process.ts';

export interface ServicePartOptions {
  service: ServiceFolder;
  port: number;
  /** Read when the service starts, once the infrastructure it is wired to is up. */
  env: () => NodeJS.ProcessEnv;
  logsDir: string;
  log: (line: string) => void;
  /** Called after each change of state, so the supervisor can publish it. */
  onChange: () => void;
}

const stopGraceMs = 15_000;

export interface ServicePart extends StackPart {
  /**
   * Begins the migration without waiting for it: it needs only Postgres, so it can run while Kafka still starts.
   * `start` awaits the same run and reports its failure under the service's name.
   */
  beginMigration(signal: AbortSignal): void;
  /** Ends a migration still running (a stop during start-up); a finished one is left as it is. */
  stopMigration(): Promise<void>;
}

/** A service: its migrations run to completion first, then its process is kept running until the stack stops. */
export function servicePart({ service, port, env, logsDir, log, onChange }: ServicePartOptions): ServicePart {
  const logFile = join(logsDir, `${service.name}.log`);
  const url = `http://127.0.0.1:${port}`;
  let migration: ChildProcess | undefined;
  let migrated: Promise<void> | undefined;
  const spawnIn = (command: string, args: string[]): ChildProcess =>
    spawnLogged(command, args, { cwd: service.dir, env: withPackageBins(env(), service.dir), logFile });
  const supervised = superviseProcess(
    service.name,
    async () => {
      // Run directly rather than through `pnpm start`, so SIGTERM reaches the service itself.
      const child = spawnIn(process.execPath, ['--conditions=@calbridge/source', 'src/main.ts']);
      log(`${service.name}: started on ${url}`);
      return runningChild(child, stopGraceMs);
    },
    log,
    onChange,
  );

  const migrate = (signal: AbortSignal): Promise<void> => {
    migrated ??= (async () => {
      log(`${service.name}: migrating`);
      // The script itself rather than `pnpm run`, which may first check the lockfile and the registry.
      migration = spawnIn('/bin/sh', ['-c', service.migrateScript]);
      const result = await processExit(migration);
      if (!signal.aborted && result !== 'exited with code 0') {
        throw new Error(`${service.name}: db:migrate ${result}; see ${logFile}`);
      }
    })();
    return migrated;
  };

  const stopMigration = async (): Promise<void> => {
    if (migration) await stopProcess(migration, stopGraceMs);
  };

  return {
    describe: () => ({
      name: service.name,
      address: url,
      probe: { http: `${url}/health/ready` },
      log: logFile,
      ports: [port],
      ...supervised.status(),
    }),
    beginMigration(signal) {
      // Caught here only so that a failure waiting for `start` is not an unhandled rejection; `start` rethrows it.
      migrate(signal).catch(() => {});
    },
    async start(signal) {
      await migrate(signal);
      if (signal.aborted) return;
      await supervised.start();
    },
    stopMigration,
    async stop() {
      await stopMigration();
      await supervised.stop();
    },
  };
}

/** What `pnpm run` puts first on PATH, so a script finds its package's binaries. */
function withPackageBins(env: NodeJS.ProcessEnv, dir: string): NodeJS.ProcessEnv {
  const bins = [join(dir, 'node_modules', '.bin'), join(dir, '..', '..', 'node_modules', '.bin')];
  return { ...env, PATH: [...bins, env.PATH].join(delimiter) };
}
