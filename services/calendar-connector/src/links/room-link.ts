import type { Selectable } from 'kysely';
import type { RoomLinkTable } from './room-link.table.ts';

/** A room's link to a Google calendar as the API shows it. */
export interface RoomLink {
  roomId: string;
  calendarId: string;
  health: Selectable<RoomLinkTable>['health'];
  reason?: string;
  warning?: string;
  channelExpiresAt?: string;
  lastSyncedAt?: string;
}

export function toRoomLink(row: Selectable<RoomLinkTable>): RoomLink {
  return {
    roomId: row.room_id,
    calendarId: row.calendar_id,
    health: row.health,
    ...(row.reason ? { reason: row.reason } : {}),
    ...(row.warning ? { warning: row.warning } : {}),
    ...(row.channel_expires_at ? { channelExpiresAt: row.channel_expires_at.toISOString() } : {}),
    ...(row.last_synced_at ? { lastSyncedAt: row.last_synced_at.toISOString() } : {}),
  };
}
