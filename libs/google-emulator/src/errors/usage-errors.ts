import { GoogleError } from './google-error.ts';

/** Whose bucket overflowed: Google names only the per-user one differently (reference §5.1). */
export type RateLimitScope = 'user' | 'project' | 'calendar';

/** 403 carries the reason of the bucket that overflowed; 429 is always `rateLimitExceeded` (reference §5.1). */
export const rateLimited = (status: 403 | 429, scope: RateLimitScope) => {
  const perUser = status === 403 && scope === 'user';
  return new GoogleError({
    code: status,
    domain: 'usageLimits',
    reason: perUser ? 'userRateLimitExceeded' : 'rateLimitExceeded',
    message: perUser ? 'User Rate Limit Exceeded' : 'Rate Limit Exceeded',
    ...(status === 429 ? { status: 'RESOURCE_EXHAUSTED' } : {}),
  });
};

export const quotaExceeded = () =>
  new GoogleError({
    code: 403,
    domain: 'usageLimits',
    reason: 'quotaExceeded',
    message: 'Calendar usage limits exceeded.',
  });
