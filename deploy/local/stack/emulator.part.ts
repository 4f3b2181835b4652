import { join } from 'node:path';
import { spawnLogged } from './spawn-logged.ts';
import type { StackPart } from './stack-part.ts';
import { runningChild, superviseProcess } from './supervised-process.ts';

export interface EmulatorPartOptions {
  /** libs/google-emulator, whose CLI is run. */
  packageDir: string;
  port: number;
  /** Keeps the demo users, calendars and events across `make down` / `make up`. */
  snapshotFile: string;
  logsDir: string;
  log: (line: string) => void;
  onChange: () => void;
  /** Runs after each launch, once the emulator answers (registering the platform's OAuth client, say). */
  afterLaunch?: () => Promise<void>;
}

const stopGraceMs = 5_000;

/**
 * The Google Calendar emulator on loopback. Push to plain http is allowed because the connector's webhook runs on
 * loopback too; Google itself only pushes to HTTPS.
 */
export function emulatorPart({
  packageDir,
  port,
  snapshotFile,
  logsDir,
  log,
  onChange,
  afterLaunch,
}: EmulatorPartOptions): StackPart {
  const url = `http://127.0.0.1:${port}`;
  const logFile = join(logsDir, 'google-emulator.log');
  const args = ['--conditions=@calbridge/source', 'src/cli.ts', '--port', String(port), '--host', '127.0.0.1'];
  args.push('--allow-http-push', '--snapshot', snapshotFile);
  const supervised = superviseProcess(
    'google-emulator',
    async () => {
      const child = spawnLogged(process.execPath, args, { cwd: packageDir, env: process.env, logFile });
      log(`google-emulator: started on ${url}`);
      const running = runningChild(child, stopGraceMs);
      try {
        await afterLaunch?.();
      } catch (error) {
        await running.stop();
        throw error;
      }
      return running;
    },
    log,
    onChange,
  );

  return {
    describe: () => ({
      name: 'google-emulator',
      address: url,
      probe: { http: `${url}/_emulator/settings` },
      log: logFile,
      ports: [port],
      ...supervised.status(),
    }),
    start: () => supervised.start(),
    stop: () => supervised.stop(),
  };
}
