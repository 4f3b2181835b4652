import type { MessagingTables } from '@calbridge/messaging';
import type { BookingTable } from '../bookings/booking.table.ts';
import type { WatchChannelTable } from '../channels/watch-channel.table.ts';
import type { IntegrationCredentialTable } from '../credentials/integration-credential.table.ts';
import type { CalendarEventTable } from '../inbound/calendar-event.table.ts';
import type { CalendarSyncTable } from '../inbound/calendar-sync.table.ts';
import type { IntegrationTable } from '../integrations/integration.table.ts';
import type { RoomLinkTable } from '../links/room-link.table.ts';
import type { ManualSyncCalendarTable, ManualSyncTable } from '../manual-sync/manual-sync.table.ts';
import type { OAuthAuthorizationTable } from '../oauth/oauth-authorization.table.ts';
import type { BookingEventTable } from '../outbound/booking-event.table.ts';
import type { OutboundWorkTable } from '../outbound/outbound-work.table.ts';
import type { RoomTable } from '../rooms/room.table.ts';

/** The kysely schema of this service's database. */
export interface Database extends MessagingTables {
  integrations: IntegrationTable;
  integration_credentials: IntegrationCredentialTable;
  oauth_authorizations: OAuthAuthorizationTable;
  room_links: RoomLinkTable;
  rooms: RoomTable;
  bookings: BookingTable;
  booking_events: BookingEventTable;
  outbound_work: OutboundWorkTable;
  calendar_syncs: CalendarSyncTable;
  calendar_events: CalendarEventTable;
  watch_channels: WatchChannelTable;
  manual_syncs: ManualSyncTable;
  manual_sync_calendars: ManualSyncCalendarTable;
}
