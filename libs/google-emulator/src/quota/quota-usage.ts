import { rateLimited } from '../errors/usage-errors.ts';
import type { QuotaConfig } from './quota.model.ts';
import { admitUnits, createSlidingWindow, fits, type SlidingWindow } from './sliding-window.ts';

export interface QuotaUsage {
  /** Keyed by principal, or by principal and `quotaUser` when the caller names one. */
  users: Map<string, SlidingWindow>;
  project: SlidingWindow;
  calendarWrites: Map<string, SlidingWindow>;
}

export const createQuotaUsage = (): QuotaUsage => ({
  users: new Map(),
  project: createSlidingWindow(),
  calendarWrites: new Map(),
});

export interface QuotaCharge {
  userKey: string;
  units: number;
  /** Set for an event write: the calendar it writes. */
  writtenCalendar?: string;
}

/**
 * Admits a call or throws the rate-limit error of the first full bucket. A service account is one user for quota
 * purposes unless it names a `quotaUser` (reference §5.3). Refused calls use no quota.
 */
export function admitRequest(usage: QuotaUsage, config: QuotaConfig, charge: QuotaCharge, now: number): void {
  if (!config.enabled) return;
  const user = windowOf(usage.users, charge.userKey, 60_000);
  const calendar =
    charge.writtenCalendar === undefined ? undefined : windowOf(usage.calendarWrites, charge.writtenCalendar, 1000);
  if (!fits(user, now, charge.units, config.perUserPerMinute)) throw rateLimited(config.status, 'user');
  if (!fits(usage.project, now, charge.units, config.perProjectPerMinute)) throw rateLimited(config.status, 'project');
  if (calendar !== undefined && !fits(calendar, now, 1, config.perCalendarWritesPerSecond)) {
    throw rateLimited(config.status, 'calendar');
  }
  admitUnits(user, now, charge.units);
  admitUnits(usage.project, now, charge.units);
  if (calendar !== undefined) admitUnits(calendar, now, 1);
}

function windowOf(windows: Map<string, SlidingWindow>, key: string, spanMs: number): SlidingWindow {
  let window = windows.get(key);
  if (window === undefined) {
    window = createSlidingWindow(spanMs);
    windows.set(key, window);
  }
  return window;
}
