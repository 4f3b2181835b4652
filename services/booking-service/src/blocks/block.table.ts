import type { ColumnType } from 'kysely';

/** Availability-service's blocks as this service last heard of them; `active = false` once released. */
export interface BlockTable {
  id: string;
  partner_id: string;
  room_id: string;
  start_at: Date | null;
  end_at: Date | null;
  active: boolean;
  version: number;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}
