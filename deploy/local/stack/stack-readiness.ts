import { setTimeout as sleep } from 'node:timers/promises';
import { probe } from './readiness-probe.ts';
import { readManifest, type StackManifest } from './stack-manifest.ts';
import type { PartDescription } from './stack-part.ts';
import type { StackPaths } from './stack-paths.ts';
import { isSupervisor } from './supervisor-pid.ts';

export interface NotReady {
  name: string;
  problem: string;
  log: string;
  restarts: number;
}

export type StackWait =
  | { status: 'ready'; manifest: StackManifest }
  | { status: 'exited' }
  | { status: 'crashing'; part: NotReady }
  | { status: 'timeout'; waiting: NotReady[] };

const pollMs = 500;
/** With the 1 s, 2 s, 4 s back-off this is about ten seconds of a service failing at every start. */
const hopelessRestarts = 3;

/**
 * Waits until the supervisor `pid` has started every part and each answers its probe; gives up early when the
 * supervisor dies or a part keeps crashing.
 */
export async function waitForStack(paths: StackPaths, pid: number, timeoutMs: number): Promise<StackWait> {
  const deadline = Date.now() + timeoutMs;
  const supervisor = { name: 'supervisor', problem: 'still starting the parts', log: paths.supervisorLog, restarts: 0 };
  let waiting: NotReady[] = [supervisor];
  while (Date.now() < deadline) {
    if (!isSupervisor(pid)) return { status: 'exited' };
    const manifest = readManifest(paths.manifestFile);
    if (manifest?.pid === pid) {
      waiting = await notReady(manifest.parts);
      if (waiting.length === 0) return { status: 'ready', manifest };
      const crashing = waiting.find((part) => part.restarts >= hopelessRestarts);
      if (crashing) return { status: 'crashing', part: crashing };
    }
    await sleep(pollMs);
  }
  return { status: 'timeout', waiting };
}

/** A part is ready when the supervisor says it runs and its probe passes: a port can answer before the part is set up. */
async function notReady(parts: PartDescription[]): Promise<NotReady[]> {
  const results = await Promise.allSettled(parts.map((part) => probe(part.probe)));
  return parts.flatMap((part, index) => {
    const result = results[index];
    const { name, log, restarts } = part;
    if (part.state !== 'running')
      return [{ name, problem: `${part.state} (${part.lastExit ?? 'starting'})`, log, restarts }];
    if (result?.status !== 'rejected') return [];
    return [{ name, problem: String(result.reason.message), log, restarts }];
  });
}
