import { randomUUID } from 'node:crypto';
import type { calendar_v3 } from '@googleapis/calendar';
import type { PartnerApi } from '../../../services/calendar-connector/test/support/partner-api.ts';
import { type ConnectedRoom, connectRoomToGoogle, type DataScope, type IntegrationMode } from './connect-room.ts';
import { synchronizeCalendars } from './synchronize-calendars.ts';
import type { System } from './system-fixture.ts';

/** A partner's room linked to its own Google calendar, with the partner's clients and the calendar owner's. */
export interface LinkedRoom extends ConnectedRoom {
  mode: IntegrationMode;
  dataScope: DataScope;
  /** `<mode>/<data scope>`, to name the room in test titles. */
  label: string;
  bookings: PartnerApi;
  connector: PartnerApi;
  availability: PartnerApi;
  /** The calendar as its owner sees it in Google Calendar. */
  google: calendar_v3.Calendar;
}

/** The zone of every linked room; the calendars keep Warsaw's, so a time rendered in the wrong zone shows. */
export const roomZone = 'America/New_York';

/** A new partner connects a new room to a new calendar with an integration of this mode and data scope. */
export async function connectLinkedRoom(
  system: System,
  { mode, dataScope }: { mode: IntegrationMode; dataScope: DataScope },
): Promise<LinkedRoom> {
  const partnerId = randomUUID();
  const label = `${mode}/${dataScope}`;
  const connected = await connectRoomToGoogle(system, partnerId, {
    room: roomZone,
    calendar: 'Europe/Warsaw',
    mode,
    dataScope,
    roomName: `Pharaoh's tomb (${label})`,
  });
  return {
    ...connected,
    mode,
    dataScope,
    label,
    bookings: system.apiOf(partnerId, 'booking'),
    connector: system.apiOf(partnerId, 'connector'),
    availability: system.apiOf(partnerId, 'availability'),
    google: system.google.calendarOf(connected.owner),
  };
}

/** The "Synchronize calendars" button in the widest direction the room's mode offers (spec §4). */
export const synchronizeRoom = (room: LinkedRoom) =>
  synchronizeCalendars(room.connector, room.integrationId, room.mode === 'bidirectional' ? 'both' : room.mode);
