const MINUTE_MS = 60_000;

/** Timestamps of admitted units in the last minute (Google: "calculated per minute using a sliding window"). */
export interface SlidingWindow {
  stamps: number[];
  head: number;
}

export const createSlidingWindow = (): SlidingWindow => ({ stamps: [], head: 0 });

export function usedInLastMinute(window: SlidingWindow, now: number): number {
  while (window.head < window.stamps.length && (window.stamps[window.head] ?? 0) <= now - MINUTE_MS) window.head += 1;
  if (window.head > 4096 && window.head * 2 > window.stamps.length) {
    window.stamps = window.stamps.slice(window.head);
    window.head = 0;
  }
  return window.stamps.length - window.head;
}

export function admitUnits(window: SlidingWindow, now: number, units: number): void {
  for (let i = 0; i < units; i += 1) window.stamps.push(now);
}
