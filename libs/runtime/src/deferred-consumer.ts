import type { HealthChecks } from '@calbridge/http';
import type { InboxConsumer } from '@calbridge/messaging';

export interface DeferredConsumer {
  readinessCheck: HealthChecks[string];
  livenessCheck: HealthChecks[string];
  stop(): Promise<void>;
}

/**
 * Starts the consumer once its topics exist (`present`): subscribing to a missing topic would crash it, and a missing
 * topic is a readiness matter, not a reason to restart the process. A consumer that cannot start at all fails liveness.
 */
export function startConsumerWhen(present: Promise<void>, start: () => Promise<InboxConsumer>): DeferredConsumer {
  let consumer: InboxConsumer | undefined;
  let failure: unknown;
  let stopping = false;
  let starting = false;
  const started = present.then(async () => {
    if (stopping) return;
    starting = true;
    try {
      consumer = await start();
    } catch (error) {
      failure = error;
    }
  });
  return {
    readinessCheck: async () => {
      if (!consumer) throw new Error('consumer not started: waiting for its topics');
      await consumer.ready();
    },
    livenessCheck: async () => {
      if (failure) throw failure;
      await consumer?.live();
    },
    stop: async () => {
      stopping = true;
      // Waits only for a start already under way; `present` may never resolve.
      if (starting) await started;
      await consumer?.stop();
    },
  };
}
