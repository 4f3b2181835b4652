import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const hashOf = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/**
 * A channel's secret (reference A4): 32 random bytes, base64url (43 characters, under Google's 256). Google echoes it
 * in X-Goog-Channel-Token; calbridge keeps only its SHA-256, so a database read does not hand out valid tokens.
 */
export function newChannelToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOf(token) };
}

/** Compares hashes of equal length in constant time, so the answer time tells nothing about the token. */
export function tokenMatches(storedHash: Buffer, token: string | undefined): boolean {
  if (token === undefined || token.length > 256) return false;
  return timingSafeEqual(storedHash, hashOf(token));
}
