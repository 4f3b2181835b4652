import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { idempotencyKeyReused } from '../errors/booking-problems.ts';
import { claimIdempotencyKey, storeIdempotentResponse } from './idempotency.repository.ts';

export interface IdempotentRequest {
  partnerId: string;
  key: string;
  fingerprint: string;
}

/**
 * Runs `operation` once per (partner, key): the key, the change and the stored response commit together, so a retry
 * after a lost response replays it, and a retry after a refusal (which rolls everything back) runs again.
 */
export async function withIdempotency<Body>(
  trx: Kysely<Database>,
  request: IdempotentRequest | undefined,
  operation: () => Promise<Body>,
): Promise<{ body: Body; replayed: boolean }> {
  if (!request) return { body: await operation(), replayed: false };
  const claim = await claimIdempotencyKey(trx, request);
  if (claim !== true) {
    if (claim.fingerprint !== request.fingerprint) throw idempotencyKeyReused();
    // Stored from this route's own response, so it has the route's response shape.
    return { body: claim.response as Body, replayed: true };
  }
  const body = await operation();
  await storeIdempotentResponse(trx, request, body);
  return { body, replayed: false };
}
