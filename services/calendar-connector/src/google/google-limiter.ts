import { setTimeout } from 'node:timers/promises';
import pThrottle from 'p-throttle';
import type { Histogram } from 'prom-client';
import type { Config } from '../config.ts';
import { createCalendarPacer } from './calendar-pacer.ts';

// The heaviest call (a patch) must fit in one window.
const windowUnits = 3;

type Throttled = <Result>(call: () => Promise<Result>, weight: number) => Promise<Result>;

/**
 * Keeps calls under a share of Google's per-user and per-project minute quotas (reference §5.3), counted the way
 * Google counts them (a sliding minute; a patch weighs 3). The share is spread evenly: at most 3 units in every
 * window of 3/share of a minute (378 ms for 480/min, less one window), so no sliding minute exceeds the share and no calendar sees a
 * burst that trips Google's per-calendar write limit. Limits are per process; with several connector replicas set
 * GOOGLE_QUOTA_FRACTION to the fraction divided by the replicas.
 */
export interface GoogleLimiter {
  /** `calendarId` for a write: Google also limits writes to one calendar in quick succession (reference §5.3). */
  run<Result>(principal: string, weight: number, call: () => Promise<Result>, calendarId?: string): Promise<Result>;
  /** Google said "slow down" for this principal: its calls wait `ms` before they go through the throttle again. */
  pause(principal: string, ms: number): void;
}

export function createGoogleLimiter(config: Config, waited?: Histogram<'scope'>): GoogleLimiter {
  const throttle = (perMinute: number): Throttled => {
    // One window's units are kept back: calls leave 378 ms apart, but arrive with network jitter, and a minute
    // measured at Google's end may catch one window more than the spread allows.
    const share = Math.max(perMinute * config.GOOGLE_QUOTA_FRACTION - windowUnits, 1);
    const interval = Math.ceil((windowUnits * 60_000) / share);
    return pThrottle({ limit: windowUnits, interval, strict: true, weight: (_call, weight) => weight })(
      (call: () => Promise<unknown>) => call(),
    ) as Throttled;
  };
  const project = throttle(config.GOOGLE_QUOTA_PER_PROJECT_PER_MINUTE);
  // One throttle per Google principal (a user, or the service account per quotaUser), made on first use.
  const principals = new Map<string, Throttled>();
  const principalThrottle = (principal: string): Throttled => {
    let found = principals.get(principal);
    if (!found) {
      found = throttle(config.GOOGLE_QUOTA_PER_USER_PER_MINUTE);
      principals.set(principal, found);
    }
    return found;
  };
  // Google's per-calendar write limit is undocumented; 5 writes a second spaced 200 ms apart stays well under the
  // bursts Google (and the emulator, 10 a second) refuses. Paced last, right before the call, so that waiting in the
  // quota throttles cannot bunch a calendar's writes up again.
  const calendarPace = createCalendarPacer(200);
  const timed = async <Result>(scope: string, pass: () => Promise<Result>): Promise<Result> => {
    const stop = waited?.startTimer({ scope });
    const result = await pass();
    stop?.();
    return result;
  };
  const pausedUntil = new Map<string, number>();
  const waitOutPause = async (principal: string) => {
    const until = pausedUntil.get(principal) ?? 0;
    if (until > Date.now()) await setTimeout(until - Date.now());
    else pausedUntil.delete(principal);
  };
  return {
    run: async (principal, weight, call, calendarId) => {
      await timed('user', async () => {
        await waitOutPause(principal);
        await principalThrottle(principal)(async () => undefined, weight);
      });
      await timed('project', () => project(async () => undefined, weight));
      if (calendarId !== undefined) await timed('calendar', () => calendarPace(calendarId));
      return call();
    },
    pause: (principal, ms) => pausedUntil.set(principal, Math.max(pausedUntil.get(principal) ?? 0, Date.now() + ms)),
  };
}
