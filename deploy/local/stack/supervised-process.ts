import type { ChildProcess } from 'node:child_process';
import { processExit, stopProcess } from '../../../libs/local-stack/src/index.ts';
import type { PartState } from './stack-part.ts';

/** A started process as the supervisor sees it: the launchers of Postgres and Kafka return one, and so does a child. */
export interface RunningProcess {
  pid: number;
  exited: Promise<string>;
  stop(): Promise<void>;
}

/** Starts the process and resolves once it is up; must stop what it started when it fails or `signal` aborts. */
export type Launch = (signal: AbortSignal) => Promise<RunningProcess>;

export interface SupervisedProcess {
  /** The first launch: its failure is the caller's (a stack whose start fails stops), not retried. */
  start(): Promise<void>;
  /** Stops it whatever it is doing, a launch in progress included, and ends the restarts. */
  stop(): Promise<void>;
  status(): { state: PartState; restarts: number; lastExit?: string; pid?: number };
}

const firstDelayMs = 1_000;
const maxDelayMs = 30_000;
/** A run at least this long counts as healthy, so the next crash is retried quickly again. */
const healthyRunMs = 60_000;

/**
 * Keeps a part running, whatever the part is (Postgres, Kafka, the emulator, a service): whenever it exits
 * unexpectedly, or a new launch fails, it is launched again after 1 s, 2 s, 4 s… up to 30 s.
 */
export function superviseProcess(
  name: string,
  launch: Launch,
  log: (line: string) => void,
  onChange: () => void,
): SupervisedProcess {
  const stopping = new AbortController();
  let state: PartState = 'starting';
  let restarts = 0;
  let lastExit: string | undefined;
  let delayMs = firstDelayMs;
  let running: RunningProcess | undefined;
  let attempt: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const enter = (next: PartState): void => {
    state = next;
    onChange();
  };

  const launchOnce = async (): Promise<void> => {
    const startedAt = Date.now();
    running = await launch(stopping.signal);
    if (stopping.signal.aborted) return;
    enter('running');
    void running.exited.then((how) => {
      if (stopping.signal.aborted) return;
      if (Date.now() - startedAt >= healthyRunMs) delayMs = firstDelayMs;
      crashed(`${name} ${how}`);
    });
  };

  const crashed = (reason: string): void => {
    // A launch that a stop aborted fails too: that is the stop, not a crash to retry.
    if (stopping.signal.aborted) return;
    restarts += 1;
    lastExit = reason;
    running = undefined;
    log(`${reason}; restarting in ${delayMs / 1000} s`);
    enter('restarting');
    timer = setTimeout(() => {
      attempt = launchOnce().catch((error: Error) => crashed(`${name} could not start: ${error.message}`));
    }, delayMs);
    delayMs = Math.min(delayMs * 2, maxDelayMs);
  };

  return {
    start: async () => {
      if (stopping.signal.aborted) return;
      attempt = launchOnce();
      await attempt;
    },
    stop: async () => {
      stopping.abort();
      clearTimeout(timer);
      await attempt?.catch(() => {});
      await running?.stop();
      enter('stopped');
    },
    status: () => ({ state, restarts, ...(lastExit ? { lastExit } : {}), ...(running ? { pid: running.pid } : {}) }),
  };
}

/** A plain child process as a RunningProcess, stopped with SIGTERM and, after `graceMs`, SIGKILL. */
export function runningChild(child: ChildProcess, graceMs: number): RunningProcess {
  return { pid: child.pid ?? 0, exited: processExit(child), stop: () => stopProcess(child, graceMs) };
}
