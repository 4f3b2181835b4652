export interface DeferredStart<T> {
  /** The started thing, once `present` resolved and its start finished. */
  current(): T | undefined;
  /** Why its start failed, if it did: a matter for liveness, the orchestrator restarts the process. */
  failure(): unknown;
  stop(): Promise<void>;
}

/**
 * Starts something (the consumer, the relay) once its topics exist (`present`): subscribing to a missing topic crashes
 * a consumer, and publishing to one would make the relay set rows aside. A missing topic is a readiness matter, not
 * a reason to restart the process.
 */
export function startWhen<T extends { stop(): Promise<void> }>(
  present: Promise<void>,
  start: () => Promise<T>,
): DeferredStart<T> {
  let started: T | undefined;
  let failure: unknown;
  let stopping = false;
  let starting = false;
  const done = present.then(async () => {
    if (stopping) return;
    starting = true;
    try {
      started = await start();
    } catch (error) {
      failure = error;
    }
  });
  return {
    current: () => started,
    failure: () => failure,
    stop: async () => {
      stopping = true;
      // Waits only for a start already under way; `present` may never resolve.
      if (starting) await done;
      await started?.stop();
    },
  };
}
