import type { PartnerScope } from '@calbridge/http';
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { IntegrationTable } from './integration.table.ts';
import type { IntegrationRow } from './integration.ts';

export async function insertIntegration(
  trx: Kysely<Database>,
  values: Insertable<IntegrationTable>,
): Promise<IntegrationRow> {
  return trx.insertInto('integrations').values(values).returningAll().executeTakeFirstOrThrow();
}

/** The integration when it is in scope; `forUpdate` locks it until the transaction ends. */
export async function findIntegration(
  db: Kysely<Database>,
  scope: PartnerScope,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<IntegrationRow | undefined> {
  return db
    .selectFrom('integrations')
    .selectAll()
    .where('id', '=', id)
    .$if(scope !== undefined, (qb) => qb.where('partner_id', '=', scope as string))
    .$if(options.forUpdate === true, (qb) => qb.forUpdate())
    .executeTakeFirst();
}

/** One page of integrations in id order, starting after `afterId`. */
export async function listIntegrations(
  db: Kysely<Database>,
  scope: PartnerScope,
  page: { limit: number; afterId?: string },
): Promise<IntegrationRow[]> {
  return db
    .selectFrom('integrations')
    .selectAll()
    .$if(scope !== undefined, (qb) => qb.where('partner_id', '=', scope as string))
    .$if(page.afterId !== undefined, (qb) => qb.where('id', '>', page.afterId as string))
    .orderBy('id')
    .limit(page.limit)
    .execute();
}

export async function updateIntegration(
  trx: Kysely<Database>,
  id: string,
  changes: Updateable<IntegrationTable>,
): Promise<IntegrationRow> {
  return trx
    .updateTable('integrations')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Its links, credentials and pending authorizations go with it (foreign keys cascade). */
export async function deleteIntegrationRow(trx: Kysely<Database>, id: string): Promise<void> {
  await trx.deleteFrom('integrations').where('id', '=', id).execute();
}
