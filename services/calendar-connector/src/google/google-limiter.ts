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
  return {
    run: async (principal, weight, call) => {
      await timed('user', () => principalThrottle(principal)(async () => undefined, weight));
      await timed('project', () => project(async () => undefined, weight));
      return call();
    },
  };
}
