import type { MessagingTables } from '@calbridge/messaging';
import type { BlockTable } from '../blocks/block.table.ts';
import type { BookingTable } from '../bookings/booking.table.ts';
import type { NotificationTable } from '../notifications/notification.table.ts';
import type { RoomTable } from '../rooms/room.table.ts';
import type { NotificationSettingsTable } from '../settings/settings.table.ts';

/** The kysely schema of this service's database. */
export interface Database extends MessagingTables {
  notification_settings: NotificationSettingsTable;
  rooms: RoomTable;
  bookings: BookingTable;
  blocks: BlockTable;
  notifications: NotificationTable;
}
