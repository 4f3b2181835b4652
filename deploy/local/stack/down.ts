import { setTimeout as sleep } from 'node:timers/promises';
import { readManifest, removeManifest } from './stack-manifest.ts';
import { stackPaths } from './stack-paths.ts';
import { isSupervisor, releasePidFile, runningSupervisor } from './supervisor-pid.ts';

/** `make down`: asks the supervisor to stop everything it started and waits until it has. */
const timeoutMs = 60_000;
const paths = stackPaths();
const pid = runningSupervisor(paths.pidFile);
if (pid === undefined) {
  console.log('calbridge is not running');
  process.exit(0);
}

const parts = readManifest(paths.manifestFile)?.parts.map((part) => part.name) ?? ['the parts that had started'];
const startedAt = Date.now();
console.log(`stopping calbridge (supervisor pid ${pid})…`);
process.kill(pid, 'SIGTERM');
if (await exited(pid, timeoutMs)) {
  console.log(`stopped in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: ${parts.join(', ')}`);
} else {
  // The supervisor leads its own process group, so this also ends every child it could not stop.
  process.kill(-pid, 'SIGKILL');
  releasePidFile(paths.pidFile, pid);
  removeManifest(paths.manifestFile);
  console.error(
    `the supervisor did not stop within ${timeoutMs / 1000} s; killed it and its children (${parts.join(', ')})`,
  );
}

async function exited(supervisor: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (!isSupervisor(supervisor)) return true;
    await sleep(200);
  }
  return false;
}
