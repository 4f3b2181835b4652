import { randomUUID } from 'node:crypto';
import type { calendar_v3 } from '@googleapis/calendar';
import type { PartnerApi } from '../../../services/calendar-connector/test/support/partner-api.ts';
import { type ConnectedRoom, connectRoomToGoogle, type DataScope, type IntegrationMode } from './connect-room.ts';
import type { System } from './system-fixture.ts';

export const modes: IntegrationMode[] = ['bidirectional', 'to_calendar', 'from_calendar'];
export const dataScopes: DataScope[] = ['full', 'no_contact', 'name_only'];

/** spec §5 "Modes and direction". */
export const writesBookings = (mode: IntegrationMode) => mode !== 'from_calendar';
export const readsEvents = (mode: IntegrationMode) => mode !== 'to_calendar';

/** The nine set-ups, each labelled `<mode>/<data scope>`. */
export const combinations = modes.flatMap((mode) =>
  dataScopes.map((dataScope) => ({ mode, dataScope, label: `${mode}/${dataScope}` })),
);

/** One partner's room linked to its own Google calendar by an integration of one mode and one data scope. */
export interface MatrixRoom extends ConnectedRoom {
  mode: IntegrationMode;
  dataScope: DataScope;
  label: string;
  bookings: PartnerApi;
  connector: PartnerApi;
  availability: PartnerApi;
  /** The calendar as its owner sees it in Google Calendar. */
  google: calendar_v3.Calendar;
}

/**
 * Every mode × data scope, each set up by its own partner with its own room and calendar, all at once. The room
 * keeps New York time while the calendars keep Warsaw's, so a time rendered in the wrong zone shows.
 */
export async function connectMatrix(system: System): Promise<MatrixRoom[]> {
  return Promise.all(
    combinations.map(async ({ mode, dataScope, label }) => {
      const partnerId = randomUUID();
      const connected = await connectRoomToGoogle(system, partnerId, {
        room: 'America/New_York',
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
    }),
  );
}
