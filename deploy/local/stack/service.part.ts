import type { ChildProcess } from 'node:child_process';
import { delimiter, join } from 'node:path';
import type { ServiceFolder } from './service-discovery.ts';
import { spawnLogged } from './spawn-logged.ts';
import type { StackPart } from './stack-part.ts';
import { type SupervisedChild, superviseChild } from './supervised-child.ts';

export interface ServicePartOptions {
  service: ServiceFolder;
  port: number;
  /** Read when the service starts, once the infrastructure it is wired to is up. */
  env: () => NodeJS.ProcessEnv;
  logsDir: string;
  log: (line: string) => void;
  /** Called after each unexpected exit, so the supervisor can publish the new restart count. */
  onRestart: () => void;
}

const stopGraceMs = 15_000;

/** A service: its migrations run to completion first, then its process is kept running until the stack stops. */
export function servicePart({ service, port, env, logsDir, log, onRestart }: ServicePartOptions): StackPart {
  const logFile = join(logsDir, `${service.name}.log`);
  const url = `http://127.0.0.1:${port}`;
  let supervised: SupervisedChild | undefined;
  const spawnIn = (command: string, args: string[], signal?: AbortSignal): ChildProcess =>
    spawnLogged(command, args, { cwd: service.dir, env: withPackageBins(env(), service.dir), logFile, signal });

  return {
    describe: () => ({
      name: service.name,
      address: url,
      probe: { http: `${url}/health/ready` },
      log: logFile,
      ports: [port],
      restarts: supervised?.restarts() ?? 0,
    }),
    async start(signal) {
      log(`${service.name}: migrating`);
      // The script itself rather than `pnpm run`, which may first check the lockfile and the registry.
      const code = await exitCode(spawnIn('/bin/sh', ['-c', service.migrateScript], signal));
      if (code !== 0) throw new Error(`${service.name}: db:migrate exited with ${code}; see ${logFile}`);
      if (signal.aborted) return;
      // Run directly rather than through `pnpm start`, so SIGTERM reaches the service itself.
      supervised = superviseChild(
        service.name,
        () => spawnIn(process.execPath, ['--conditions=@calbridge/source', 'src/main.ts']),
        (line) => {
          log(line);
          onRestart();
        },
      );
      log(`${service.name}: started on ${url}`);
    },
    stop: async () => supervised?.stop(stopGraceMs),
  };
}

/** What `pnpm run` puts first on PATH, so a script finds its package's binaries. */
function withPackageBins(env: NodeJS.ProcessEnv, dir: string): NodeJS.ProcessEnv {
  const bins = [join(dir, 'node_modules', '.bin'), join(dir, '..', '..', 'node_modules', '.bin')];
  return { ...env, PATH: [...bins, env.PATH].join(delimiter) };
}

function exitCode(child: ChildProcess): Promise<number | string> {
  return new Promise((resolve) => {
    child.once('error', (error) => resolve(error.message));
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
}
