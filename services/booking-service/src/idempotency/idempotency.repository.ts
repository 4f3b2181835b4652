import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';

/** How long a key replays its first response; after that it may be used afresh (Stripe keeps keys for 24 hours). */
export const idempotencyKeyLifetime = '24 hours';

/**
 * Claims the key for this request inside the caller's transaction. A concurrent claim of the same key waits here
 * until the first transaction ends, then either finds its stored response or (if it rolled back) claims the key.
 * An expired key is claimed afresh. Resolves true when the key is now this transaction's; otherwise returns the
 * earlier use.
 */
export async function claimIdempotencyKey(
  trx: Kysely<Database>,
  claim: { partnerId: string; key: string; fingerprint: string },
): Promise<true | { fingerprint: string; response: unknown }> {
  const inserted = await trx
    .insertInto('idempotency_keys')
    .values({ partner_id: claim.partnerId, key: claim.key, fingerprint: claim.fingerprint, response: null })
    .onConflict((oc) =>
      oc
        .columns(['partner_id', 'key'])
        .doUpdateSet({ fingerprint: claim.fingerprint, response: null, created_at: sql`now()` })
        .where('idempotency_keys.created_at', '<', sql<Date>`now() - ${idempotencyKeyLifetime}::interval`),
    )
    .returning('key')
    .executeTakeFirst();
  if (inserted) return true;
  return trx
    .selectFrom('idempotency_keys')
    .select(['fingerprint', 'response'])
    .where('partner_id', '=', claim.partnerId)
    .where('key', '=', claim.key)
    .executeTakeFirstOrThrow();
}

export async function storeIdempotentResponse(
  trx: Kysely<Database>,
  claim: { partnerId: string; key: string },
  response: unknown,
): Promise<void> {
  await trx
    .updateTable('idempotency_keys')
    .set({ response: JSON.stringify(response) })
    .where('partner_id', '=', claim.partnerId)
    .where('key', '=', claim.key)
    .execute();
}
