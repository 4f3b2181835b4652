import { ProblemError } from '../problem/problem-error.ts';

// The challenge format comes from RFC 6750 section 3.
export function unauthorized(code: 'missing_token' | 'invalid_token' | 'token_expired', detail: string): ProblemError {
  const challenge =
    code === 'missing_token'
      ? 'Bearer realm="calbridge"'
      : `Bearer realm="calbridge", error="invalid_token", error_description="${detail}"`;
  return new ProblemError(401, code, 'Unauthorized', detail, { headers: { 'www-authenticate': challenge } });
}
