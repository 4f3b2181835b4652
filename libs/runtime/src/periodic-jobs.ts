import type { Logger } from '@calbridge/logging';

/** Housekeeping a service runs beside its API and consumer, e.g. deleting rows nobody needs any more. */
export interface PeriodicJob<Deps> {
  name: string;
  everyMs: number;
  run(deps: Deps): Promise<unknown>;
}

/**
 * Runs each job once at start, then every `everyMs`; a run still going when the next is due is not doubled. A failed
 * run is logged and tried again next time: housekeeping must never take the service down. Replicas running the same
 * job at once must be harmless, so jobs are written as idempotent deletes.
 */
export function startPeriodicJobs<Deps>(jobs: PeriodicJob<Deps>[], deps: Deps, logger: Logger) {
  const running = new Map<string, Promise<unknown>>();
  const runOnce = (job: PeriodicJob<Deps>) => {
    if (running.has(job.name)) return;
    const run = job
      .run(deps)
      .catch((error: unknown) => logger.warn({ err: error, job: job.name }, 'periodic job failed; retrying next time'))
      .finally(() => running.delete(job.name));
    running.set(job.name, run);
  };
  const timers = jobs.map((job) => {
    runOnce(job);
    const timer = setInterval(() => runOnce(job), job.everyMs);
    timer.unref();
    return timer;
  });
  return {
    stop: async (): Promise<void> => {
      for (const timer of timers) clearInterval(timer);
      await Promise.all(running.values());
    },
  };
}
