import { createSigner } from 'fast-jwt';

export interface TokenClaims {
  partnerId: string;
  role?: 'admin';
  expiresInSeconds?: number;
}

/** A token the services accept (tests, demos): every token carries `exp`, as verification requires it. */
export function signToken({ partnerId, role, expiresInSeconds = 3600 }: TokenClaims, secret: string): string {
  const sign = createSigner({ key: secret, algorithm: 'HS256', expiresIn: expiresInSeconds * 1000 });
  return sign(role === undefined ? { sub: partnerId } : { sub: partnerId, role });
}
