import { GoogleError } from '../errors/google-error.ts';

const DEFAULT_REASON: Record<number, string> = {
  400: 'badRequest',
  401: 'authError',
  403: 'rateLimitExceeded',
  404: 'notFound',
  409: 'conflict',
  410: 'deleted',
  412: 'conditionNotMet',
  429: 'rateLimitExceeded',
};

const MESSAGES: Record<string, string> = {
  badRequest: 'Bad Request',
  authError: 'Invalid Credentials',
  rateLimitExceeded: 'Rate Limit Exceeded',
  userRateLimitExceeded: 'User Rate Limit Exceeded',
  quotaExceeded: 'Calendar usage limits exceeded.',
  notFound: 'Not Found',
  conflict: 'Conflict',
  deleted: 'Resource has been deleted',
  conditionNotMet: 'Precondition Failed',
  backendError: 'Backend Error',
};

const USAGE_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded']);

/** An injected failure that looks like the real one for its status (reference §5.1 catalogue). */
export function faultError(status: number, reason?: string): GoogleError {
  const chosen = reason ?? DEFAULT_REASON[status] ?? 'backendError';
  const message =
    status === 503 && chosen === 'backendError'
      ? 'The service is currently unavailable.'
      : (MESSAGES[chosen] ?? chosen);
  return new GoogleError({
    code: status,
    domain: USAGE_REASONS.has(chosen) ? 'usageLimits' : 'global',
    reason: chosen,
    message,
    ...(status === 429 ? { status: 'RESOURCE_EXHAUSTED' } : status === 401 ? { status: 'UNAUTHENTICATED' } : {}),
  });
}
