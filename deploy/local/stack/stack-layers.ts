import type { StackPart } from './stack-part.ts';

/**
 * Starts layer after layer, each one's parts in parallel, and stops what was reached in reverse order. A layer
 * counts as reached as soon as it begins, because a part that failed or was interrupted may still hold a process.
 */
export function stackLayers(layers: StackPart[][], log: (line: string) => void) {
  const reached: StackPart[][] = [];

  async function start(signal: AbortSignal): Promise<void> {
    for (const layer of layers) {
      if (signal.aborted) return;
      reached.push(layer);
      const results = await Promise.allSettled(layer.map((part) => part.start(signal)));
      const failure = results.find((result) => result.status === 'rejected');
      if (failure) throw failure.reason;
    }
  }

  async function stop(): Promise<void> {
    for (const layer of reached.reverse()) {
      const results = await Promise.allSettled(layer.map((part) => part.stop()));
      for (const result of results) if (result.status === 'rejected') log(`stop failed: ${result.reason}`);
    }
  }

  return { start, stop };
}
