import { randomBytes } from 'node:crypto';
import { topics } from '@calbridge/contracts';
import type { ControlClient } from '@calbridge/google-emulator';
import { signToken } from '@calbridge/http';
import { createServiceTestEnv, eventually, type ReadEvent, readTopic, uniquePrefix } from '@calbridge/testkit';
import type { calendar_v3 } from '@googleapis/calendar';
import * as availability from '../../../services/availability-service/src/config.ts';
import { service as availabilityService } from '../../../services/availability-service/src/service.ts';
import * as booking from '../../../services/booking-service/src/config.ts';
import { service as bookingService } from '../../../services/booking-service/src/service.ts';
import * as connector from '../../../services/calendar-connector/src/config.ts';
import { service as connectorService } from '../../../services/calendar-connector/src/service.ts';
import {
  type GoogleUser,
  serviceAccountEmail,
  startGoogleWorld,
} from '../../../services/calendar-connector/test/support/google-world.ts';
import { partnerApi } from '../../../services/calendar-connector/test/support/partner-api.ts';
import { consumedEvents } from './consumed-events.ts';
import { startInProcess } from './in-process-service.ts';

/**
 * booking-service, availability-service and calendar-connector in-process, each on its own database, all on one
 * topic prefix so they hear each other, one JWT secret so one partner token works everywhere, and the Google
 * Calendar emulator with the connector's GOOGLE_* settings pointed at it, as `make up` wires them.
 */
export async function startSystem() {
  const shared = { KAFKA_TOPIC_PREFIX: uniquePrefix(), AUTH_JWT_SECRET: randomBytes(32).toString('hex') };
  const drops: (() => Promise<void>)[] = [];
  const envOf = async (): Promise<Record<string, string>> => {
    const { env, drop } = await createServiceTestEnv();
    drops.push(drop);
    return { ...env, ...shared };
  };
  const connectorEnv = await envOf();
  const connectorUrl = `http://127.0.0.1:${connectorEnv.PORT}`;
  const google = await startGoogleWorld(`${connectorUrl}/oauth2/callback`);
  const readers: { stop(): Promise<void> }[] = [];
  // One at a time: each creates the topics it needs, and two creating the same topic at once would race.
  const bookingApp = await startInProcess(bookingService, booking.readConfig(await envOf()));
  const availabilityApp = await startInProcess(availabilityService, availability.readConfig(await envOf()));
  const connectorApp = await startInProcess(
    connectorService,
    connector.readConfig({
      ...connectorEnv,
      ...google.env,
      PUBLIC_BASE_URL: connectorUrl,
      CONNECTOR_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    }),
  );
  const urls = { booking: bookingApp.url, availability: availabilityApp.url, connector: connectorApp.url };
  const tokenFor = (partnerId: string) => signToken({ partnerId }, shared.AUTH_JWT_SECRET);
  const readEvents = async (topic: string): Promise<ReadEvent[]> => {
    const reader = await readTopic(shared.KAFKA_TOPIC_PREFIX + topic);
    readers.push(reader);
    return reader.events;
  };
  const availabilityEvents = await readEvents(topics.availability);
  const bookingEvents = await readEvents(topics.booking);
  /** Resolves once `service` has consumed every event of `topic` read so far (its `/metrics` count). */
  const caughtUp = (service: keyof typeof urls, topic: string, read: ReadEvent[]) =>
    eventually(async () => {
      const consumed = await consumedEvents(urls[service], shared.KAFKA_TOPIC_PREFIX + topic);
      if (consumed < read.length) throw new Error(`${service} consumed ${consumed} of ${read.length} ${topic} events`);
    });

  return {
    urls,
    /** Google as its users and the platform's console see it: the emulator's control API and a person's client. */
    google: {
      control: google.control as ControlClient,
      serviceAccountEmail,
      createUser: (email: string): Promise<GoogleUser> => google.createUser(email),
      createCalendar: (owner: string, summary: string, timeZone: string): Promise<string> =>
        google.createCalendar(owner, summary, timeZone),
      calendarOf: (user: GoogleUser): calendar_v3.Calendar => google.calendarOf(user),
    },
    tokenFor,
    /** A partner's client of one service's public API (real HTTP, the partner's token). */
    apiOf: (partnerId: string, service: keyof typeof urls) => partnerApi(urls[service], tokenFor(partnerId)),
    /** A downstream reader of one of the system's topics (e.g. `availability.events.v1`), from its beginning. */
    readEvents,
    /** What availability-service published so far (BlockApplied, BlockReleased, ConflictDetected), as read. */
    availabilityEvents,
    /** Resolves once booking-service has consumed every availability event read so far: its blocks are current. */
    bookingCaughtUp: () => caughtUp('booking', topics.availability, availabilityEvents),
    /**
     * Resolves once the connector has consumed every booking event read so far: each booking it was going to write
     * is queued for Google (the outbound worker picks the queue up within a poll).
     */
    connectorCaughtUp: () => caughtUp('connector', topics.booking, bookingEvents),
    close: async () => {
      for (const reader of readers) await reader.stop();
      for (const app of [connectorApp, availabilityApp, bookingApp]) await app.running.close();
      await google.close();
      for (const drop of drops) await drop();
    },
  };
}

export type System = Awaited<ReturnType<typeof startSystem>>;
