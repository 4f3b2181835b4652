import type { Selectable } from 'kysely';
import type { RoomTable } from './room.table.ts';

/** A room as the API shows it and RoomUpserted carries it. */
export type Room = {
  id: string;
  partnerId: string;
  name: string;
  timezone: string;
  version: number;
};

export function toRoom(row: Selectable<RoomTable>): Room {
  return { id: row.id, partnerId: row.partner_id, name: row.name, timezone: row.timezone, version: row.version };
}
