import { relative } from 'node:path';
import { demoPartnerToken } from './demo-token.ts';
import { logTail } from './log-tail.ts';
import { discoverServices, selectServices } from './service-discovery.ts';
import { isOrphanedStack, killGroup } from './stack-group.ts';
import { readManifest, secretFingerprint } from './stack-manifest.ts';
import { stackPaths } from './stack-paths.ts';
import { type StackWait, waitForStack } from './stack-readiness.ts';
import { resolveStackSettings, type StackSettings, stackDirOf } from './stack-settings.ts';
import { downParts, stopReason } from './stack-status.ts';
import { stackSummary } from './stack-summary.ts';
import { launchSupervisor } from './supervisor-launch.ts';
import { pidIn, runningSupervisor } from './supervisor-pid.ts';

/**
 * `make up`: starts the stack in the background (unless it runs already) and returns once every part is ready. On a
 * running stack it names the parts that are down (the supervisor is bringing them back) and waits for them.
 */
const timeoutMs = 180_000;
const paths = stackPaths(stackDirOf(process.env));
const settings = settingsOrExit();
const startedAt = Date.now();
const running = runningSupervisor(paths.pidFile);
if (running) {
  console.log(`calbridge is already running (supervisor pid ${running}); checking that every part is ready`);
  for (const line of downParts(readManifest(paths.manifestFile))) console.log(`- ${line}`);
} else {
  await endOrphans();
  console.log('starting calbridge: Postgres, Kafka, the Google emulator, migrations, services…');
}
const pid = running ?? launchSupervisor(paths);
let result = await waitForStack(paths, pid, timeoutMs);
// Two `make up` at once: the later supervisor bows out, and this one follows the earlier.
const winner = result.status === 'exited' ? runningSupervisor(paths.pidFile) : undefined;
if (winner !== undefined && winner !== pid) result = await waitForStack(paths, winner, timeoutMs);
process.exit(report(result));

function report(wait: StackWait): number {
  if (wait.status === 'exited') {
    const reason = stopReason(paths.supervisorLog) ?? 'the supervisor stopped before the stack was ready';
    console.error(`calbridge did not start: ${reason} (log: ${at(paths.supervisorLog)})`);
    return 1;
  }
  if (wait.status === 'crashing') {
    const { name, restarts, log } = wait.part;
    console.error(
      `${name} exited ${restarts} times without getting ready (the stack keeps retrying; \`make down\` stops it).`,
    );
    console.error(`last lines of ${at(log)}:\n${logTail(log, 20)}`);
    return 1;
  }
  if (wait.status === 'timeout') {
    console.error(`not ready after ${timeoutMs / 1000} s (the stack keeps running; \`make down\` stops it):`);
    for (const part of wait.waiting) console.error(`- ${part.name}: ${part.problem}\n${logTail(part.log, 10)}`);
    return 1;
  }
  if (wait.manifest.jwtSecretFingerprint !== secretFingerprint(settings.jwtSecret)) {
    console.error('warning: this AUTH_JWT_SECRET differs from the running stack’s, so the token below will be refused');
  }
  console.log(`ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s\n`);
  console.log(stackSummary(wait.manifest, paths, demoPartnerToken(settings.jwtSecret)));
  return 0;
}

function at(file: string): string {
  return relative(process.cwd(), file);
}

/** Processes left by a supervisor that was killed would hold the ports the new one needs. */
async function endOrphans(): Promise<void> {
  const previous = pidIn(paths.pidFile);
  if (previous === undefined || !isOrphanedStack(previous)) return;
  console.log(`ended ${await killGroup(previous)} processes left by a stack whose supervisor (pid ${previous}) died`);
}

function settingsOrExit(): StackSettings {
  try {
    const resolved = resolveStackSettings(process.env);
    selectServices(discoverServices(paths.repo), resolved.services);
    return resolved;
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
