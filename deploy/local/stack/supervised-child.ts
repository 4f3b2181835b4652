import type { ChildProcess } from 'node:child_process';
import { stopProcess } from '../../../libs/local-stack/src/index.ts';

export interface SupervisedChild {
  /** How many times it exited unexpectedly. */
  restarts(): number;
  stop(graceMs: number): Promise<void>;
}

const firstDelayMs = 1_000;
const maxDelayMs = 30_000;
/** A run at least this long counts as healthy, so the next crash is retried quickly again. */
const healthyRunMs = 60_000;

/** Keeps a process running: whenever it exits unexpectedly, starts it again after 1 s, 2 s, 4 s… up to 30 s. */
export function superviseChild(
  name: string,
  launch: () => ChildProcess,
  onExit: (line: string) => void,
): SupervisedChild {
  let stopping = false;
  let restarts = 0;
  let delayMs = firstDelayMs;
  let restartTimer: NodeJS.Timeout | undefined;
  let child: ChildProcess;

  const run = (): void => {
    const startedAt = Date.now();
    child = launch();
    child.once('error', (error) => onExit(`${name}: ${error.message}`));
    child.once('exit', (code, signal) => {
      if (stopping) return;
      if (Date.now() - startedAt >= healthyRunMs) delayMs = firstDelayMs;
      restarts += 1;
      onExit(`${name} exited unexpectedly (${signal ?? `code ${code}`}); restarting in ${delayMs / 1000} s`);
      restartTimer = setTimeout(run, delayMs);
      delayMs = Math.min(delayMs * 2, maxDelayMs);
    });
  };
  run();

  return {
    restarts: () => restarts,
    stop: async (graceMs) => {
      stopping = true;
      clearTimeout(restartTimer);
      if (child.pid !== undefined) await stopProcess(child, graceMs);
    },
  };
}
