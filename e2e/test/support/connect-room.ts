import { eventually } from '@calbridge/testkit';
import type { GoogleUser } from '../../../services/calendar-connector/test/support/google-world.ts';
import { expectStatus } from './expect-status.ts';
import type { System } from './system-fixture.ts';

export type IntegrationMode = 'bidirectional' | 'to_calendar' | 'from_calendar';
export type DataScope = 'full' | 'no_contact' | 'name_only';

/** How the partner sets the room up; the integration is two-way with full data unless it says otherwise. */
export interface RoomSetup {
  /** The room's timezone in booking-service. */
  room: string;
  /** The timezone of the room's Google calendar. */
  calendar: string;
  mode?: IntegrationMode;
  dataScope?: DataScope;
  roomName?: string;
}

export interface ConnectedRoom {
  roomId: string;
  roomName: string;
  integrationId: string;
  calendarId: string;
  /** The Google user who owns the room's calendar. */
  owner: GoogleUser;
}

/**
 * What a partner does to connect a room to Google through the public APIs: creates the room in booking-service and a
 * service-account integration in the connector with the setup's mode and data scope; the calendar's owner shares it
 * with the service account ("make changes to events"); the partner links the room and activates. Resolves once availability-service knows the
 * room, since it resolves all-day events in the room's timezone.
 */
export async function connectRoomToGoogle(system: System, partnerId: string, setup: RoomSetup): Promise<ConnectedRoom> {
  const { mode = 'bidirectional', dataScope = 'full', roomName = 'Escape room' } = setup;
  const [bookings, connector] = [system.apiOf(partnerId, 'booking'), system.apiOf(partnerId, 'connector')];
  const owner = await system.google.createUser(`owner-${partnerId}@escape-partner.test`);
  const calendarId = await system.google.createCalendar(owner.email, roomName, setup.calendar);
  const room = await bookings.post('/v1/rooms', { name: roomName, timezone: setup.room });
  expectStatus('create room', room, 201);
  const integration = await connector.post('/v1/integrations', {
    name: 'Google Calendar',
    mode,
    dataScope,
    auth: 'service_account',
  });
  expectStatus('create integration', integration, 201);
  const { id: integrationId, serviceAccountEmail } = integration.body;
  const acl = `/calendars/${encodeURIComponent(calendarId)}/acl`;
  expectStatus(
    'share calendar',
    await system.google.control.post(acl, { email: serviceAccountEmail, role: 'writer' }),
    200,
  );
  const roomId: string = room.body.id;
  expectStatus(
    'link room',
    await connector.put(`/v1/integrations/${integrationId}/rooms/${roomId}`, { calendarId }),
    200,
  );
  expectStatus('activate', await connector.post(`/v1/integrations/${integrationId}/activate`), 200);
  const availability = system.apiOf(partnerId, 'availability');
  await eventually(async () => {
    const view = await availability.get(`/v1/rooms/${roomId}/availability?from=2030-01-01&to=2030-01-02`);
    if (view.body?.timezone !== setup.room) throw new Error(`availability-service does not know room ${roomId} yet`);
  });
  return { roomId, roomName, integrationId, calendarId, owner };
}
