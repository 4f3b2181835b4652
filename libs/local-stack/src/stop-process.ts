import type { ChildProcess } from 'node:child_process';

/**
 * `signal` (SIGTERM unless the program wants another, like Postgres' fast-shutdown SIGINT), then SIGKILL if the
 * process has not exited within `graceMs`. Resolves once it has exited.
 */
export function stopProcess(child: ChildProcess, graceMs: number, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}
