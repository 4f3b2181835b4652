import { setTimeout } from 'node:timers/promises';

/**
 * Spaces calls to one calendar at least `spacingMs` apart, measured when each call actually starts. p-throttle
 * computes a call's delay when it is queued, so after an event-loop stall (GC, a busy machine) every delayed call
 * fires at once, and a dozen writes to one calendar in a few milliseconds is exactly the burst Google's
 * per-calendar limit refuses. Here each call waits for the previous one to start, then for the gap since it.
 */
export function createCalendarPacer(spacingMs: number) {
  const lastStart = new Map<string, number>();
  const queues = new Map<string, Promise<void>>();
  return async function paced(calendarId: string): Promise<void> {
    const previous = queues.get(calendarId) ?? Promise.resolve();
    const { promise: started, resolve: start } = Promise.withResolvers<void>();
    queues.set(calendarId, started);
    await previous;
    const wait = (lastStart.get(calendarId) ?? 0) + spacingMs - Date.now();
    if (wait > 0) await setTimeout(wait);
    lastStart.set(calendarId, Date.now());
    start();
    // The last in line cleans up, so idle calendars cost no memory.
    if (queues.get(calendarId) === started) {
      queues.delete(calendarId);
      void setTimeout(spacingMs).then(() => {
        if (!queues.has(calendarId)) lastStart.delete(calendarId);
      });
    }
  };
}
