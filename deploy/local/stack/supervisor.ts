import { mkdirSync } from 'node:fs';
import { busyPorts } from './busy-ports.ts';
import { discoverServices, selectServices } from './service-discovery.ts';
import { endStragglers } from './stack-group.ts';
import { stackLayers } from './stack-layers.ts';
import { removeManifest, secretFingerprint, writeManifest } from './stack-manifest.ts';
import { stackPaths } from './stack-paths.ts';
import { stackPlan } from './stack-plan.ts';
import { resolveStackSettings, stackDirOf } from './stack-settings.ts';
import { claimPidFile, releasePidFile, runningSupervisor } from './supervisor-pid.ts';

/**
 * The one long-lived process of `make up` (started detached by up.ts, stopped by down.ts with SIGTERM): owns
 * Postgres, Kafka, the emulator and the services as child processes, restarts any that dies, and stops them in
 * order. Its output is supervisor.log.
 */
const log = (line: string): void => console.log(`${new Date().toISOString()} ${line}`);
const paths = stackPaths(stackDirOf(process.env));
const settings = resolveStackSettings(process.env);
mkdirSync(paths.logsDir, { recursive: true });
if (!claimPidFile(paths.pidFile, process.pid)) {
  log(`supervisor ${runningSupervisor(paths.pidFile)} already runs the stack; leaving it alone`);
  process.exit(1);
}
removeManifest(paths.manifestFile);

const startedAt = new Date().toISOString();
let started = false;
const aborter = new AbortController();
let stopping: Promise<never> | undefined;
// Handlers first: a signal or a crash during start-up must stop what has started so far, not wait for the rest.
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
  process.on(signal, () => void shutdown(`received ${signal}`, 0));
}
// A supervisor that died would leave its children running with nobody to stop them.
process.on('uncaughtException', (error) => void shutdown(`crashed: ${error.stack}`, 1));
process.on('unhandledRejection', (error) => void shutdown(`crashed: ${error}`, 1));

const services = selectServices(discoverServices(paths.repo), settings.services);
const onChange = (): void => void (started && !stopping && publishManifest());
const plan = stackPlan({ settings, paths, services, callerEnv: process.env, log, onChange });
const layers = stackLayers(plan, log);
start().catch((error: Error) => void shutdown(`start-up failed: ${error.message}`, 1));

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

/** Stops every part at once where it stands, a start in progress included; later calls wait for the first. */
function shutdown(reason: string, exitCode: number): Promise<never> {
  stopping ??= (async () => {
    log(`stopping (${reason})`);
    aborter.abort();
    await layers.stop();
    const stragglers = await endStragglers(process.pid);
    if (stragglers.length > 0)
      log(`killed ${stragglers.length} processes that outlived their part: ${stragglers.join(', ')}`);
    removeManifest(paths.manifestFile);
    releasePidFile(paths.pidFile, process.pid);
    log('stopped');
    process.exit(exitCode);
  })();
  return stopping;
}
