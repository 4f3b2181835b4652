import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { OAuthAuthorizationTable } from './oauth-authorization.table.ts';

export async function insertAuthorization(
  trx: Kysely<Database>,
  authorization: Omit<OAuthAuthorizationTable, 'used_at'>,
): Promise<void> {
  await trx
    .insertInto('oauth_authorizations')
    .values({ ...authorization, used_at: null })
    .execute();
}

export type StateClaim =
  | { outcome: 'claimed'; integrationId: string; codeVerifier: string }
  | { outcome: 'unknown' | 'used' | 'expired' };

/**
 * Uses the authorization once: the first callback with its state marks it used, every later one is refused, even
 * when the first failed (a code and a state are worth one try, as at Google).
 */
export async function claimAuthorization(trx: Kysely<Database>, id: string): Promise<StateClaim> {
  const claimed = await trx
    .updateTable('oauth_authorizations')
    .set({ used_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .returning(['integration_id', 'code_verifier', 'expires_at'])
    .returning(sql<boolean>`expires_at > now()`.as('fresh'))
    .executeTakeFirst();
  if (claimed) {
    if (!claimed.fresh) return { outcome: 'expired' };
    return { outcome: 'claimed', integrationId: claimed.integration_id, codeVerifier: claimed.code_verifier };
  }
  const known = await trx.selectFrom('oauth_authorizations').select('id').where('id', '=', id).executeTakeFirst();
  return { outcome: known ? 'used' : 'unknown' };
}
