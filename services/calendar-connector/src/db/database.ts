import type { MessagingTables } from '@calbridge/messaging';
import type { BookingTable } from '../bookings/booking.table.ts';
import type { IntegrationCredentialTable } from '../credentials/integration-credential.table.ts';
import type { IntegrationTable } from '../integrations/integration.table.ts';
import type { RoomLinkTable } from '../links/room-link.table.ts';
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
}
