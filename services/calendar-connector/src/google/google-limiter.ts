import { setTimeout } from 'node:timers/promises';
import pThrottle from 'p-throttle';
import type { Histogram } from 'prom-client';
import type { Config } from '../config.ts';

type Throttled = <Result>(call: () => Promise<Result>, weight: number) => Promise<Result>;

/**
 * Keeps calls under a share of Google's per-user and per-project minute quotas (reference §5.3). Budgets are spread
 * over one-second windows (a minute's share / 60): the minute can then never exceed its share, and no calendar
 * sees a burst that trips Google's per-calendar write limit. A patch weighs 3, as Google counts it.
 * Limits are per process; with several connector replicas set GOOGLE_QUOTA_FRACTION to the fraction / replicas.
 */
export interface GoogleLimiter {
  run<Result>(principal: string, weight: number, call: () => Promise<Result>): Promise<Result>;
  /** Google said "slow down" for this principal: its calls wait `ms` before they go through the throttle again. */
  pause(principal: string, ms: number): void;
}

export function createGoogleLimiter(config: Config, waited?: Histogram<'scope'>): GoogleLimiter {
  const perSecond = (perMinute: number) => Math.max(1, Math.floor((perMinute * config.GOOGLE_QUOTA_FRACTION) / 60));
  const throttle = (perMinute: number): Throttled =>
    pThrottle({ limit: perSecond(perMinute), interval: 1000, strict: true, weight: (_call, weight) => weight })(
      (call: () => Promise<unknown>) => call(),
    ) as Throttled;
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
    run: async (principal, weight, call) => {
      await timed('user', async () => {
        await waitOutPause(principal);
        await principalThrottle(principal)(async () => undefined, weight);
      });
      await timed('project', () => project(async () => undefined, weight));
      return call();
    },
    pause: (principal, ms) => pausedUntil.set(principal, Math.max(pausedUntil.get(principal) ?? 0, Date.now() + ms)),
  };
}
