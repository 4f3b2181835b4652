import type { Selectable } from 'kysely';
import type { RoomLinkTable } from '../links/room-link.table.ts';
import { type RoomLink, toRoomLink } from '../links/room-link.ts';
import type { IntegrationTable } from './integration.table.ts';

export type IntegrationRow = Selectable<IntegrationTable>;

/** An integration as the API shows it (spec §4: the representation is a contract). */
export interface Integration {
  id: string;
  partnerId: string;
  name: string;
  mode: IntegrationRow['mode'];
  dataScope: IntegrationRow['data_scope'];
  auth: IntegrationRow['auth'];
  status: IntegrationRow['status'];
  reason?: string;
  serviceAccountEmail?: string;
  googleAccount?: string;
  links: RoomLink[];
  lastSyncedAt?: string;
  createdAt: string;
  updatedAt: string;
}

export function toIntegration(
  row: IntegrationRow,
  links: Selectable<RoomLinkTable>[],
  serviceAccountEmail: string | undefined,
): Integration {
  const synced = links.map((link) => link.last_synced_at?.getTime() ?? 0).filter((time) => time > 0);
  return {
    id: row.id,
    partnerId: row.partner_id,
    name: row.name,
    mode: row.mode,
    dataScope: row.data_scope,
    auth: row.auth,
    status: row.status,
    ...(row.reason ? { reason: row.reason } : {}),
    ...(row.auth === 'service_account' && serviceAccountEmail ? { serviceAccountEmail } : {}),
    ...(row.auth === 'oauth' && row.google_account ? { googleAccount: row.google_account } : {}),
    links: links.map(toRoomLink),
    ...(synced.length > 0 ? { lastSyncedAt: new Date(Math.max(...synced)).toISOString() } : {}),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
