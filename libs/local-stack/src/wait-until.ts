import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls `probe` until it resolves, or fails with its last error once `timeoutMs` has passed. Stops polling (and
 * rejects) once `signal` aborts, so a start that lost a race does not keep probing in the background.
 */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T>,
  timeoutMs = 60_000,
  everyMs = 200,
  signal?: AbortSignal,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (signal?.aborted) throw new Error(`${what}: no longer waited for`);
      if (Date.now() > deadline) {
        throw new Error(`${what} not ready after ${timeoutMs} ms: ${(error as Error).message}`);
      }
      await sleep(everyMs);
    }
  }
}
