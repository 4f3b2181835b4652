export interface RelayTiming {
  /** Waits up to `ms`, ended early by a commit notification (or stop): for when there is nothing to publish. */
  idle(ms: number): Promise<void>;
  /** Waits `ms` whatever commits: a notification must never turn a broker outage into a tight retry loop. */
  backOff(ms: number): Promise<void>;
  /** Told by LISTEN/NOTIFY that an outbox row committed. */
  notify(): void;
  /** Ends any wait at once, for good. */
  stop(): void;
}

export function relayTiming(): RelayTiming {
  let stopped = false;
  // A commit notified while a batch is being published must not wait for the next poll, so it is remembered.
  let notified = false;
  let endIdle: (() => void) | undefined;
  let endBackOff: (() => void) | undefined;
  const wait = (ms: number, onEnd: (end: () => void) => void) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      onEnd(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  return {
    idle: async (ms) => {
      if (!notified && !stopped) await wait(ms, (end) => (endIdle = end));
      endIdle = undefined;
      notified = false;
    },
    backOff: async (ms) => {
      if (!stopped) await wait(ms, (end) => (endBackOff = end));
      endBackOff = undefined;
    },
    notify: () => {
      notified = true;
      endIdle?.();
    },
    stop: () => {
      stopped = true;
      endIdle?.();
      endBackOff?.();
    },
  };
}
