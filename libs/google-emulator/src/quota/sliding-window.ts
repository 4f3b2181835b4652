/** Timestamps of admitted units (Google: quotas are "calculated per minute using a sliding window"). */
export interface SlidingWindow {
  /** How far back the window reaches, in milliseconds. */
  spanMs: number;
  stamps: number[];
  head: number;
}

export const createSlidingWindow = (spanMs = 60_000): SlidingWindow => ({ spanMs, stamps: [], head: 0 });

export function usedInWindow(window: SlidingWindow, now: number): number {
  const oldest = now - window.spanMs;
  while (window.head < window.stamps.length && (window.stamps[window.head] ?? 0) <= oldest) window.head += 1;
  if (window.head > 4096 && window.head * 2 > window.stamps.length) {
    window.stamps = window.stamps.slice(window.head);
    window.head = 0;
  }
  return window.stamps.length - window.head;
}

export function admitUnits(window: SlidingWindow, now: number, units: number): void {
  for (let i = 0; i < units; i += 1) window.stamps.push(now);
}

/** Whether `units` more fit under `limit`; a limit of 0 means unlimited. */
export const fits = (window: SlidingWindow, now: number, units: number, limit: number) =>
  limit === 0 || usedInWindow(window, now) + units <= limit;
