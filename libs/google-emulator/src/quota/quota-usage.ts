import { rateLimited } from '../errors/usage-errors.ts';
import type { QuotaConfig } from './quota.model.ts';
import { admitUnits, createSlidingWindow, type SlidingWindow, usedInLastMinute } from './sliding-window.ts';

export interface QuotaUsage {
  users: Map<string, SlidingWindow>;
  project: SlidingWindow;
}

export const createQuotaUsage = (): QuotaUsage => ({ users: new Map(), project: createSlidingWindow() });

/**
 * Admits `units` for `email` or throws the rate-limit error of the bucket that is full. A service account is one
 * user for quota purposes (reference §5.3). Refused calls do not use quota.
 */
export function admitRequest(usage: QuotaUsage, config: QuotaConfig, email: string, units: number, now: number): void {
  let user = usage.users.get(email);
  if (user === undefined) {
    user = createSlidingWindow();
    usage.users.set(email, user);
  }
  if (usedInLastMinute(user, now) + units > config.perUserPerMinute) throw rateLimited(config.status, 'user');
  if (usedInLastMinute(usage.project, now) + units > config.perProjectPerMinute)
    throw rateLimited(config.status, 'project');
  admitUnits(user, now, units);
  admitUnits(usage.project, now, units);
}
