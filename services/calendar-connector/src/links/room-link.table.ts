import type { ColumnType, Generated } from 'kysely';

export type LinkHealth = 'pending' | 'ok' | 'access_lost' | 'error';

export interface RoomLinkTable {
  integration_id: string;
  room_id: string;
  partner_id: string;
  calendar_id: string;
  health: ColumnType<LinkHealth, LinkHealth | undefined, LinkHealth>;
  reason: string | null;
  warning: string | null;
  channel_expires_at: Date | null;
  last_synced_at: Date | null;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}
