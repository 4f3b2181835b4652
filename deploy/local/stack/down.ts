import { setTimeout as sleep } from 'node:timers/promises';
import { groupMembers, isOrphanedStack, killGroup } from './stack-group.ts';
import { readManifest, removeManifest } from './stack-manifest.ts';
import { stackPaths } from './stack-paths.ts';
import { stackDirOf } from './stack-settings.ts';
import { isSupervisor, pidIn, releasePidFile } from './supervisor-pid.ts';

/**
 * `make down`: asks the supervisor to stop everything it started and waits until it has; if it has not within the
 * timeout, or is gone and left processes behind, kills the stack's process group. Ends within the timeout (plus
 * the few seconds a SIGKILL takes) whatever state the stack is in.
 */
const timeoutMs = 60_000;
const paths = stackPaths(stackDirOf(process.env));
const pid = pidIn(paths.pidFile);
const parts = readManifest(paths.manifestFile)?.parts.map((part) => part.name) ?? ['the parts that had started'];
const startedAt = Date.now();
const seconds = (): string => ((Date.now() - startedAt) / 1000).toFixed(1);

if (pid !== undefined && isSupervisor(pid)) {
  console.log(`stopping calbridge (supervisor pid ${pid})…`);
  process.kill(pid, 'SIGTERM');
  if (await exited(pid, timeoutMs)) {
    const left = await killGroup(pid);
    console.log(
      `stopped in ${seconds()} s: ${parts.join(', ')}${left > 0 ? `; killed ${left} leftover processes` : ''}`,
    );
  } else {
    const killed = await killGroup(pid);
    console.error(
      `the supervisor did not stop within ${timeoutMs / 1000} s; killed it and ${killed - 1} processes it ran`,
    );
  }
} else if (pid !== undefined && isOrphanedStack(pid)) {
  const killed = await killGroup(pid);
  console.log(`the supervisor (pid ${pid}) was gone; killed the ${killed} processes it had started`);
} else {
  console.log('calbridge is not running');
}
if (pid !== undefined && groupMembers(pid).length === 0) {
  releasePidFile(paths.pidFile, pid);
  removeManifest(paths.manifestFile);
}

async function exited(supervisor: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (!isSupervisor(supervisor)) return true;
    await sleep(200);
  }
  return false;
}
