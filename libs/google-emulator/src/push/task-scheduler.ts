/** Timers and in-flight requests of the push side, so closing or resetting the emulator leaves nothing behind. */
export interface TaskScheduler {
  later(delayMs: number, task: (signal: AbortSignal) => Promise<void>): void;
  cancelAll(): void;
}

export function createTaskScheduler(): TaskScheduler {
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<AbortController>();
  return {
    later(delayMs, task) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        const controller = new AbortController();
        running.add(controller);
        void task(controller.signal).finally(() => running.delete(controller));
      }, delayMs);
      timer.unref();
      timers.add(timer);
    },
    cancelAll() {
      for (const timer of timers) clearTimeout(timer);
      for (const controller of running) controller.abort();
      timers.clear();
      running.clear();
    },
  };
}
