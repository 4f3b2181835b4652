import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { TokenCipher } from './token-cipher.ts';

// The integration id is the associated data: a sealed token copied onto another integration does not open.
const associatedData = (integrationId: string) => `integration:${integrationId}`;

/** Stores an integration's refresh token sealed; replaces the previous one on re-authorization. */
export async function saveRefreshToken(
  trx: Kysely<Database>,
  cipher: TokenCipher,
  integrationId: string,
  refreshToken: string,
): Promise<void> {
  const { keyId, sealed } = cipher.seal(refreshToken, associatedData(integrationId));
  await trx
    .insertInto('integration_credentials')
    .values({ integration_id: integrationId, key_id: keyId, sealed })
    .onConflict((oc) => oc.column('integration_id').doUpdateSet({ key_id: keyId, sealed, updated_at: new Date() }))
    .execute();
}

/** The refresh token and a version that changes whenever it is replaced; undefined before authorization. */
export async function readRefreshToken(
  db: Kysely<Database>,
  cipher: TokenCipher,
  integrationId: string,
): Promise<{ refreshToken: string; version: number } | undefined> {
  const row = await db
    .selectFrom('integration_credentials')
    .select(['key_id', 'sealed', 'updated_at'])
    .where('integration_id', '=', integrationId)
    .executeTakeFirst();
  if (!row) return undefined;
  const refreshToken = cipher.open({ keyId: row.key_id, sealed: row.sealed }, associatedData(integrationId));
  return { refreshToken, version: row.updated_at.getTime() };
}
