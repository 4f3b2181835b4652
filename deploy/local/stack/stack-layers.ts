import type { StackPart } from './stack-part.ts';

/**
 * Starts layer after layer, each one's parts in parallel, and stops what was reached in reverse order. A layer
 * counts as reached as soon as it begins, because a part that failed or is still starting may hold a process; `stop`
 * does not wait for the start to finish, it ends it.
 */
export function stackLayers(layers: StackPart[][], log: (line: string) => void) {
  const reached: StackPart[][] = [];

  async function start(signal: AbortSignal): Promise<void> {
    for (const layer of layers) {
      if (signal.aborted) return;
      reached.push(layer);
      // The first failure ends the wait: the caller then stops the parts still starting rather than waiting for them.
      await Promise.all(
        layer.map((part) => part.start(signal).catch((error: unknown) => Promise.reject(named(part, error)))),
      );
    }
  }

  async function stop(): Promise<void> {
    for (const layer of [...reached].reverse()) {
      const results = await Promise.allSettled(layer.map((part) => part.stop()));
      for (const result of results) if (result.status === 'rejected') log(`stop failed: ${result.reason}`);
    }
  }

  return { start, stop };
}

/** The error with the part's name in front, so the one line `make up` prints says which part failed. */
function named(part: StackPart, reason: unknown): Error {
  const { name } = part.describe();
  const message = reason instanceof Error ? reason.message : String(reason);
  if (message.toLowerCase().startsWith(name.toLowerCase())) return new Error(message);
  return new Error(`${name}: ${message}`);
}
