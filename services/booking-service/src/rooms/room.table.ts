import type { ColumnType, Generated } from 'kysely';

export interface RoomTable {
  id: string;
  partner_id: string;
  name: string;
  timezone: string;
  version: number;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}
