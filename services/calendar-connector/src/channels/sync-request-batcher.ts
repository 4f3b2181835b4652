import type { CalendarKey } from '../inbound/sync-requests.repository.ts';

export interface SyncRequestBatcher {
  /** Resolves once a statement that asked for a sync of this calendar has committed; rejects if it failed. */
  request(key: CalendarKey): Promise<void>;
  /** Notifications waiting for their statement to commit. */
  waiting(): number;
  /** Flushes what is waiting (on close). */
  drain(): Promise<void>;
}

/**
 * Group commit for the webhook: requests that arrive within `flushMs`, or while a flush is in flight, share one
 * statement, each calendar named once. A flood of notifications for one calendar then costs a few statements, and
 * every notification is still answered only after its request is durable.
 */
export function createSyncRequestBatcher(options: {
  flushMs: number;
  flush(keys: CalendarKey[]): Promise<unknown>;
}): SyncRequestBatcher {
  let keys = new Map<string, CalendarKey>();
  let waiters: PromiseWithResolvers<void>[] = [];
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;
  let inFlightWaiters = 0;

  const flush = async (): Promise<void> => {
    timer = undefined;
    const batch = { keys: [...keys.values()], waiters };
    keys = new Map();
    waiters = [];
    inFlightWaiters = batch.waiters.length;
    try {
      await options.flush(batch.keys);
      for (const waiter of batch.waiters) waiter.resolve();
    } catch (error) {
      for (const waiter of batch.waiters) waiter.reject(error);
    }
    inFlightWaiters = 0;
  };
  const run = async (): Promise<void> => {
    await flush();
    // Arrived while the statement ran: they have waited long enough to go together at once.
    while (waiters.length > 0) await flush();
    inFlight = undefined;
  };

  return {
    request(key) {
      const waiter = Promise.withResolvers<void>();
      keys.set(`${key.integrationId} ${key.calendarId}`, key);
      waiters.push(waiter);
      if (inFlight === undefined && timer === undefined) {
        timer = setTimeout(() => {
          inFlight = run();
        }, options.flushMs);
      }
      return waiter.promise;
    },
    waiting: () => waiters.length + inFlightWaiters,
    async drain() {
      if (timer !== undefined) {
        clearTimeout(timer);
        inFlight = run();
      }
      await inFlight;
    },
  };
}
