import { randomUUID } from 'node:crypto';
import { calendar, type calendar_v3 } from '@googleapis/calendar';
import { gaxios, JWT } from 'google-auth-library';

const googleTokenUrl = 'https://oauth2.googleapis.com/token';
// The connector's service-account scopes (services/calendar-connector/src/google/google-scopes.ts).
const scopes = [
  'https://www.googleapis.com/auth/calendar.events',
  'https://www.googleapis.com/auth/calendar.calendarlist',
];

export interface ServiceAccountKey {
  client_email: string;
  private_key: string;
}

/**
 * A Calendar client of the service account built as the connector's google-access.ts builds it: JWT from
 * google-auth-library with its token requests sent to the emulator, `@googleapis/calendar` with the client's own
 * retries off.
 */
export function serviceAccountCalendar(emulatorUrl: string, key: ServiceAccountKey): calendar_v3.Calendar {
  const transporter = new gaxios.Gaxios();
  transporter.interceptors.request.add({
    resolved: async (request) => {
      if (String(request.url).startsWith(googleTokenUrl)) request.url = new URL(`${emulatorUrl}/token`);
      return request;
    },
  });
  const auth = new JWT({ email: key.client_email, key: key.private_key, scopes, transporter });
  return calendar({ version: 'v3', rootUrl: `${emulatorUrl}/`, auth, retry: false });
}

export interface BaselineCalendar {
  id: string;
  roomName: string;
  timezone: string;
}

/** An event shaped like the connector's (spec §5, data scope `full`): id, summary, description, location, zone. */
function eventLike(index: number, target: BaselineCalendar): calendar_v3.Schema$Event {
  const bookingId = randomUUID();
  const start = new Date(Date.UTC(2027, 0, 1) + index * 3_600_000);
  const end = new Date(start.getTime() + 1_800_000);
  const at = (instant: Date) => ({ dateTime: instant.toISOString().replace('.000Z', 'Z'), timeZone: target.timezone });
  return {
    id: `calbridge${bookingId.replaceAll('-', '')}`,
    summary: `Bench guest ${index}`,
    description: [
      `Name: Bench guest ${index}`,
      'E-mail: guest@example.com',
      'Phone: +48 600 700 800',
      `Booking: ${bookingId}`,
      `Room: ${target.roomName}`,
      `Visit: ${start.toISOString().slice(0, 16).replace('T', ' ')}–${end.toISOString().slice(11, 16)} (${target.timezone})`,
    ].join('\n'),
    location: target.roomName,
    start: at(start),
    end: at(end),
    extendedProperties: { private: { calbridgeBookingId: bookingId } },
  };
}

/**
 * The emulator's own `events.insert` rate through the real client: `count` inserts, `concurrency` at once (the
 * connector's OUTBOUND_CONCURRENCY), round-robin over `calendars`, with a `quotaUser` as the connector sends.
 * Answers inserts per second.
 */
export async function emulatorInsertRate(
  client: calendar_v3.Calendar,
  calendars: BaselineCalendar[],
  count: number,
  concurrency: number,
  offset = 0,
): Promise<number> {
  const quotaUser = randomUUID();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = offset + next++;
      const target = calendars[index % calendars.length] as (typeof calendars)[number];
      const response = await client.events.insert({
        calendarId: target.id,
        quotaUser,
        sendUpdates: 'none',
        requestBody: eventLike(index, target),
      });
      if (response.status !== 200) throw new Error(`events.insert answered ${response.status}`);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return count / ((performance.now() - started) / 1000);
}
