import { createVerifier, TokenError } from 'fast-jwt';
import { z } from 'zod';
import { idField } from '../input/id-field.ts';
import type { ProblemError } from '../problem/problem-error.ts';
import type { Tenant } from './tenant.ts';
import { unauthorized } from './unauthorized.ts';

// `exp` is required: a token without one would be valid forever (spec §4). fast-jwt checks `exp` and `nbf` when
// present; the subject is lower-cased like every id, so its case never changes the tenant.
const claimsSchema = z.object({ sub: idField, exp: z.number(), role: z.string().optional() });
const bearerPattern = /^Bearer +(\S+) *$/i;

export type TenantVerifier = (authorization: string | undefined) => Tenant;

function rejection(error: unknown): ProblemError {
  if (error instanceof TokenError && error.code === TokenError.codes.expired) {
    return unauthorized('token_expired', 'The token has expired.');
  }
  if (error instanceof TokenError && error.code === TokenError.codes.inactive) {
    return unauthorized('invalid_token', 'The token is not valid yet (nbf).');
  }
  return unauthorized('invalid_token', 'The token is not a valid HS256 token for this service.');
}

function verifiedPayload(verify: (token: string) => unknown, token: string): unknown {
  try {
    return verify(token);
  } catch (error) {
    throw rejection(error);
  }
}

export function createTenantVerifier(secret: string): TenantVerifier {
  if (secret === '') throw new Error('jwtSecret must not be empty');
  // Pinning the algorithm is what rejects alg "none" and RS256 tokens forged with a public key as HMAC secret.
  // A client sends one token with many requests, so verified tokens are cached (LRU, 1,000): the HMAC and the
  // decoding were the largest cost of a request's authentication. fast-jwt keeps an entry no longer than the token's
  // exp and not before its nbf, and never caches a refusal.
  const verify = createVerifier({ key: secret, algorithms: ['HS256'], cache: true });
  return (authorization) => {
    const token = bearerPattern.exec(authorization ?? '')?.[1];
    if (token === undefined) throw unauthorized('missing_token', 'Send Authorization: Bearer <token>.');
    const claims = claimsSchema.safeParse(verifiedPayload(verify, token));
    if (!claims.success) throw unauthorized('invalid_token', 'The token needs a partner id as `sub` and an `exp`.');
    return { partnerId: claims.data.sub, isAdmin: claims.data.role === 'admin' };
  };
}
