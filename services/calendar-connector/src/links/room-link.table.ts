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
  /** Google's accessRole on the calendar when it was linked (freeBusyReader, reader, writer, owner). */
  access_role: ColumnType<string | null, string | null | undefined, string | null>;
  channel_expires_at: Date | null;
  last_synced_at: Date | null;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}
