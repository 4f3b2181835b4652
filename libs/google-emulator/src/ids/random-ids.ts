import { randomBytes } from 'node:crypto';

const BASE32HEX = '0123456789abcdefghijklmnopqrstuv';

/** Lower-case base32hex like Google's server-generated event ids (`5hni4sj3ql1669otmjg7sn1mok`). */
export function base32hexId(length = 26): string {
  const bytes = randomBytes(length);
  let id = '';
  for (const byte of bytes) id += BASE32HEX[byte & 31];
  return id;
}

export function opaqueToken(prefix: string, bytes = 24): string {
  return prefix + randomBytes(bytes).toString('base64url');
}

export function numericId(digits: number): string {
  let id = String(1 + ((randomBytes(1)[0] ?? 0) % 9));
  while (id.length < digits) id += String((randomBytes(1)[0] ?? 0) % 10);
  return id;
}

export function hexId(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}
