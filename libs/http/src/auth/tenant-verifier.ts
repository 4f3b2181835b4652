import { createVerifier, TokenError } from 'fast-jwt';
import { z } from 'zod';
import type { ProblemError } from '../problem/problem-error.ts';
import type { Tenant } from './tenant.ts';
import { unauthorized } from './unauthorized.ts';

const claimsSchema = z.object({ sub: z.uuid(), role: z.string().optional() });
const bearerPattern = /^Bearer +(\S+) *$/i;

export type TenantVerifier = (authorization: string | undefined) => Tenant;

function rejection(error: unknown): ProblemError {
  if (error instanceof TokenError && error.code === TokenError.codes.expired) {
    return unauthorized('token_expired', 'The token has expired.');
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
  const verify = createVerifier({ key: secret, algorithms: ['HS256'] });
  return (authorization) => {
    const token = bearerPattern.exec(authorization ?? '')?.[1];
    if (token === undefined) throw unauthorized('missing_token', 'Send Authorization: Bearer <token>.');
    const claims = claimsSchema.safeParse(verifiedPayload(verify, token));
    if (!claims.success) throw unauthorized('invalid_token', 'The token subject is not a partner id.');
    return { partnerId: claims.data.sub, isAdmin: claims.data.role === 'admin' };
  };
}
