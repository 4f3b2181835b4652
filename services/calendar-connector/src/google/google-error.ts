/** What the connector needs to know about a failed Google call, read the way reference §8.4 says gaxios shapes it. */
export interface GoogleError {
  /** HTTP status, or undefined for a network failure. */
  status?: number;
  /** Google's `errors[0].reason` (`rateLimitExceeded`, `notFound`, …) or the OAuth `error` (`invalid_grant`). */
  reason?: string;
  message: string;
}

export function readGoogleError(error: unknown): GoogleError {
  const failure = error as {
    status?: number;
    response?: { status?: number; data?: { error?: unknown } };
    message?: string;
  };
  const status = failure.response?.status ?? failure.status;
  const body = failure.response?.data?.error;
  const reason =
    typeof body === 'string' ? body : (body as { errors?: { reason?: string }[] } | undefined)?.errors?.[0]?.reason;
  return { status: typeof status === 'number' ? status : undefined, reason, message: String(failure.message ?? error) };
}

const rateLimitReasons = new Set(['rateLimitExceeded', 'userRateLimitExceeded']);

/** 429, 403 rate limits and 5xx: worth retrying later with backoff (reference §5.1–5.2). */
export const isRateLimited = ({ status, reason }: GoogleError): boolean =>
  status === 429 || (status === 403 && reason !== undefined && rateLimitReasons.has(reason));

export const isTransient = ({ status }: GoogleError): boolean =>
  status === undefined || status === 408 || (status >= 500 && status <= 599);

/** The refresh token is dead (revoked, expired, password change): only the partner can fix it by re-authorizing. */
export const isInvalidGrant = ({ status, reason }: GoogleError): boolean =>
  status === 400 && reason === 'invalid_grant';

/** The calendar cannot be reached or written any more (unshared, role lowered, deleted). */
export const isAccessLost = ({ status, reason }: GoogleError): boolean =>
  status === 404 || (status === 403 && !rateLimitReasons.has(reason ?? '') && reason !== 'quotaExceeded');
