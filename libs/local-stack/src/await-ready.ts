import { aborted } from './process-exit.ts';
import { waitUntil } from './wait-until.ts';

export interface ReadyRace {
  /** Names the process in errors: `Kafka broker`, `Postgres`. */
  what: string;
  probe: () => Promise<unknown>;
  timeoutMs: number;
  everyMs: number;
  /** processExit(child): a process that ends while starting fails the start at once, with this error. */
  exited: Promise<string>;
  exitError: (how: string) => Error;
  signal?: AbortSignal;
  stop: () => Promise<void>;
}

/**
 * Waits until `probe` answers, the process ends, or the start is aborted, whichever comes first. A process that
 * never got ready is stopped before the error is thrown: it must not keep its ports for the next start.
 */
export async function awaitReady(race: ReadyRace): Promise<void> {
  const settled = new AbortController();
  try {
    await Promise.race([
      waitUntil(race.what, race.probe, race.timeoutMs, race.everyMs, settled.signal),
      race.exited.then((how) => Promise.reject(race.exitError(how))),
      aborted(race.signal, () => new Error(`${race.what}: start aborted`)),
    ]);
  } catch (error) {
    await race.stop();
    throw error;
  } finally {
    settled.abort();
  }
}
