import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { linksOf } from '../links/room-link.repository.ts';
import { type Integration, type IntegrationRow, toIntegration } from './integration.ts';

/** The integrations as the API shows them, each with its links (one query for all of them). */
export async function presentIntegrations(
  db: Kysely<Database>,
  rows: IntegrationRow[],
  serviceAccountEmail: string | undefined,
): Promise<Integration[]> {
  const links = await linksOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) =>
    toIntegration(
      row,
      links.filter((link) => link.integration_id === row.id),
      serviceAccountEmail,
    ),
  );
}

export async function presentIntegration(
  db: Kysely<Database>,
  row: IntegrationRow,
  serviceAccountEmail: string | undefined,
): Promise<Integration> {
  const [integration] = await presentIntegrations(db, [row], serviceAccountEmail);
  return integration as Integration;
}
