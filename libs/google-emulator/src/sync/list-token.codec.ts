import { createHash } from 'node:crypto';

export interface SyncTokenPayload {
  kind: 'sync';
  calendarId: string;
  seq: number;
  epoch: number;
  fingerprint: string;
}

export interface PageTokenPayload {
  kind: 'page';
  calendarId: string;
  /** Change-log position the listing started from: later changes wait for the next sync token. */
  snapshot: number;
  /** Lower bound of an incremental listing; null for a full one. */
  since: number | null;
  epoch: number;
  fingerprint: string;
  after: [number, string];
}

export type ListTokenPayload = SyncTokenPayload | PageTokenPayload;

const VERSION = 8;

const checksum = (json: string) => createHash('sha256').update(json).digest().subarray(0, 4);

/** Opaque base64 like Google's (`CPDAlvWDx70CEPDAlvWDx70CGAU=`); the checksum tells garbage from stale tokens. */
export function encodeListToken(payload: ListTokenPayload): string {
  const json = JSON.stringify(payload);
  return Buffer.concat([Buffer.from([VERSION]), checksum(json), Buffer.from(json)]).toString('base64');
}

export function decodeListToken(token: string): ListTokenPayload | undefined {
  const bytes = Buffer.from(token, 'base64');
  if (bytes.length < 6 || bytes[0] !== VERSION) return undefined;
  const json = bytes.subarray(5).toString();
  if (!checksum(json).equals(bytes.subarray(1, 5))) return undefined;
  try {
    return JSON.parse(json) as ListTokenPayload;
  } catch {
    return undefined;
  }
}

export function fingerprintOf(values: unknown): string {
  return createHash('sha256').update(JSON.stringify(values)).digest('base64url').slice(0, 12);
}
