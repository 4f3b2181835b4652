import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BookingSnapshot, type CalbridgeEvent, createEvent, keyOf, topics } from '@calbridge/contracts';
import type { RequestLogEntry } from '@calbridge/google-emulator';
import { Kafka, logLevel } from 'kafkajs';
import { type Kysely, sql } from 'kysely';
import { startConnectorForBench } from './connector-service.bench-env.ts';
import { cpuPerItem } from './cpu-per-item.ts';
import { emulatorInsertRate, type ServiceAccountKey, serviceAccountCalendar } from './emulator-insert-baseline.ts';
import { startEmulatorProcess } from './google-emulator-process.ts';

const serviceAccountEmail = 'calbridge@calbridge-bench.iam.gserviceaccount.com';
const calendarOwner = 'owner@bench-partner.test';
const timezone = 'Europe/Warsaw';
const publisher = { source: 'booking-service' };

export interface ConnectorBenchOptions {
  /** Bookings created, then updated (BENCH_CONNECTOR_BOOKINGS, default 2,000). */
  bookings?: number;
  /**
   * Rooms, each linked to its own calendar shared with the service account (default 100): the connector paces writes
   * to one calendar at 5 a second (Google's per-calendar limit), so fewer calendars would measure that pacing, not
   * the connector.
   */
  rooms?: number;
  /** The connector's OUTBOUND_CONCURRENCY, and the raw baseline's requests in flight. */
  concurrency?: number;
  /** Gives up on a phase after this long. */
  phaseTimeoutMs?: number;
}

/**
 * Bookings → Google events through calendar-connector (its own process) against the emulator (its own process) with
 * quotas off in both, beside the emulator's own `events.insert` rate through the same Google client in the same run
 * (before and after the connector's phases). After 200 untimed bookings to warm the connector up: N BookingCreated
 * on the booking topic, timed until every booking has its event, then N BookingUpdated (paid online, so every event
 * changes), timed until every event is patched. Google calls per booking change come from the emulator's request log
 * (token calls left out).
 */
export async function connectorBench(brokers: string[], options: ConnectorBenchOptions = {}) {
  const count = options.bookings ?? Number(process.env.BENCH_CONNECTOR_BOOKINGS ?? 2_000);
  const roomCount = options.rooms ?? 100;
  const concurrency = options.concurrency ?? 16;
  const phaseTimeoutMs = options.phaseTimeoutMs ?? 90_000;
  const emulator = await startEmulatorProcess();
  const keyFile = join(tmpdir(), `calbridge-bench-sa-${process.pid}-${Date.now()}.json`);
  try {
    await emulator.control('PUT', '/quotas', { enabled: false });
    const key = await emulator.control<ServiceAccountKey>('POST', '/service-accounts', { email: serviceAccountEmail });
    await writeFile(keyFile, JSON.stringify(key), { mode: 0o600 });
    await emulator.control('POST', '/users', { email: calendarOwner, timeZone: timezone });
    const rooms: { id: string; name: string; calendarId: string }[] = [];
    for (let index = 0; index < roomCount; index++) {
      const name = `Bench room ${index}`;
      const { id } = await emulator.control<{ id: string }>('POST', '/calendars', {
        owner: calendarOwner,
        summary: name,
        timeZone: timezone,
      });
      await emulator.control('POST', `/calendars/${encodeURIComponent(id)}/acl`, {
        email: serviceAccountEmail,
        role: 'writer',
      });
      rooms.push({ id: randomUUID(), name, calendarId: id });
    }

    // The raw baseline's first window comes first: it also warms the emulator up (JIT, token) for the connector.
    const client = serviceAccountCalendar(emulator.url, key);
    const calendars = rooms.map((room) => ({ id: room.calendarId, roomName: room.name, timezone }));
    const warmup = Math.min(500, count);
    await emulatorInsertRate(client, calendars, warmup, concurrency);
    // Measured before and after the connector's phases, so a burst of other load on the shared machine during one
    // short window weighs less: the rate is 2N over both windows' time, the CPU the mean of both.
    let offset = warmup;
    const baseline = async () => {
      const meter = cpuPerItem({ processes: { emulator: emulator.pid }, self: true });
      const perSecond = await emulatorInsertRate(client, calendars, count, concurrency, offset);
      offset += count;
      return { perSecond, cpu: meter.stop(count) };
    };
    const baselineBefore = await baseline();

    const connector = await startConnectorForBench({
      emulatorUrl: emulator.url,
      serviceAccountKeyFile: keyFile,
      concurrency,
    });
    const producer = new Kafka({ brokers, clientId: 'connector-bench', logLevel: logLevel.NOTHING }).producer();
    await producer.connect();
    const bookingTopic = connector.topicPrefix + topics.booking;
    // In sends of 200: events are keyed by room, and one send's batch for a partition must stay under the broker's
    // 1 MB message size (many rooms' events of ~1 KB can share one partition).
    const publish = async (events: CalbridgeEvent[]) => {
      for (let from = 0; from < events.length; from += 200) {
        await producer.send({
          topic: bookingTopic,
          messages: events
            .slice(from, from + 200)
            .map((event) => ({ key: keyOf(event), value: JSON.stringify(event) })),
        });
      }
    };
    try {
      const partnerId = randomUUID();
      await seedIntegration(connector.db, partnerId, rooms);
      await publish(rooms.map((room) => roomUpserted(partnerId, room)));
      await waitFor(phaseTimeoutMs, 'rooms', async () => {
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from rooms`.execute(connector.db);
        return rows[0]?.n === roomCount ? true : `${rows[0]?.n} of ${roomCount} rooms`;
      });

      const bookingsFrom = (first: number, length: number) =>
        Array.from({ length }, (_, index) =>
          snapshot(partnerId, (rooms[(first + index) % roomCount] as (typeof rooms)[number]).id, first + index),
        );
      // A pod in production is warm: a few bookings through the whole path first (JIT, pools, the token), untimed.
      const warmupBookings = bookingsFrom(count, Math.min(200, count));
      await publish(warmupBookings.map((booking) => bookingEvent('BookingCreated', booking)));
      await waitFor(phaseTimeoutMs, 'warm-up', async () => {
        const now = await progress(connector.db, warmupBookings.length, 1, new Date(0));
        return now.done ? true : JSON.stringify(now);
      });
      const bookings = bookingsFrom(0, count);
      // CPU of the connector, the emulator and the connector database's Postgres backends, per booking.
      const cpu = () =>
        cpuPerItem({ processes: { connector: connector.pid, emulator: emulator.pid }, database: connector.database });
      const createdAt = new Date();
      const created = await phase({
        count,
        timeoutMs: phaseTimeoutMs,
        cpu,
        start: () => publish(bookings.map((booking) => bookingEvent('BookingCreated', booking))),
        poll: () => progress(connector.db, count, 1, createdAt, warmupBookings.length),
      });
      const updatedAt = new Date();
      const paid = bookings.map((booking) => ({ ...booking, paidOnline: true, version: 2 }));
      const updated = await phase({
        count,
        timeoutMs: phaseTimeoutMs,
        cpu,
        start: () => publish(paid.map((booking) => bookingEvent('BookingUpdated', booking))),
        poll: () => progress(connector.db, count, 2, updatedAt),
      });

      const all = await emulator.calendarCalls(created.startedAt);
      const baselineAfter = await baseline();
      const emulatorInserts = 2 / (1 / baselineBefore.perSecond + 1 / baselineAfter.perSecond);
      const baselineCpuMicros = Object.fromEntries(
        Object.entries(baselineBefore.cpu).map(([name, micros]) => [
          name,
          Math.round((micros + (baselineAfter.cpu[name] ?? micros)) / 2),
        ]),
      );
      const during = (from: number, to: number) =>
        all.filter((call) => Date.parse(call.at) >= from && Date.parse(call.at) < to);
      const createCalls = during(created.startedAt, updated.startedAt);
      const updateCalls = during(updated.startedAt, Number.POSITIVE_INFINITY);
      const bookingsToEventsPerSecond = count / created.seconds;
      const updatesToPatchesPerSecond = count / updated.seconds;
      const ratio = (value: number) => Math.round(value * 100) / 100;
      return {
        connector: {
          bookingsToEventsPerSecond: Math.round(bookingsToEventsPerSecond),
          emulatorInsertsPerSecond: Math.round(emulatorInserts),
          ratioToEmulatorInsert: ratio(bookingsToEventsPerSecond / emulatorInserts),
          updatesToPatchesPerSecond: Math.round(updatesToPatchesPerSecond),
          googleCallsPerBookingCreated: ratio(createCalls.length / count),
          googleCallsPerBookingUpdated: ratio(updateCalls.length / count),
          bookings: count,
        },
        // What the figure is made of, to tell where the time goes (the Kafka consumer or the outbound worker).
        detail: {
          rooms: roomCount,
          concurrency,
          emulatorInsertsPerSecondBeforeAndAfter: [baselineBefore.perSecond, baselineAfter.perSecond].map(Math.round),
          baselineCpuMicrosPerInsert: baselineCpuMicros,
          // What the rate ratio would be if CPU were all that limits both (it is, on a small busy machine): the
          // baseline's CPU per insert (client and emulator) over the connector path's per booking (connector,
          // emulator, Postgres; the broker left out). Steadier than the rate ratio when others load the machine.
          cpuRatioToEmulatorInsert: ratio(sum(baselineCpuMicros) / sum(created.detail.cpuMicrosPerBooking)),
          created: { ...created.detail, seconds: ratio(created.seconds), calls: tally(createCalls) },
          updated: { ...updated.detail, seconds: ratio(updated.seconds), calls: tally(updateCalls) },
        },
      };
    } finally {
      await producer.disconnect();
      await connector.close();
    }
  } finally {
    await emulator.stop();
    await rm(keyFile, { force: true });
  }
}

/** An active service-account integration (to_calendar, full) linking each room to its calendar, as the API leaves it. */
// biome-ignore lint/suspicious/noExplicitAny: raw SQL on the connector's tables
async function seedIntegration(db: Kysely<any>, partnerId: string, rooms: { id: string; calendarId: string }[]) {
  const integrationId = randomUUID();
  await sql`
    insert into integrations (id, partner_id, name, mode, data_scope, auth, status, activated)
    values (${integrationId}, ${partnerId}, 'Bench export', 'to_calendar', 'full', 'service_account', 'active', true)`.execute(
    db,
  );
  for (const room of rooms) {
    await sql`
      insert into room_links (integration_id, room_id, partner_id, calendar_id, health)
      values (${integrationId}, ${room.id}, ${partnerId}, ${room.calendarId}, 'ok')`.execute(db);
  }
}

const roomUpserted = (partnerId: string, room: { id: string; name: string }) =>
  createEvent('RoomUpserted', {
    ...publisher,
    subject: room.id,
    partnerId,
    data: { room: { id: room.id, partnerId, name: room.name, timezone, version: 1 } },
  });

function snapshot(partnerId: string, roomId: string, index: number): BookingSnapshot {
  const start = new Date(Date.UTC(2027, 0, 1) + index * 3_600_000);
  return {
    id: randomUUID(),
    partnerId,
    roomId,
    start: start.toISOString(),
    end: new Date(start.getTime() + 1_800_000).toISOString(),
    status: 'confirmed',
    paidOnline: false,
    name: `Bench guest ${index}`,
    customer: { email: 'guest@example.com', phone: '+48 600 700 800' },
    version: 1,
  };
}

const bookingEvent = (type: 'BookingCreated' | 'BookingUpdated', booking: BookingSnapshot) =>
  createEvent(type, { ...publisher, subject: booking.id, partnerId: booking.partnerId, data: { booking } });

interface Progress {
  /** Bookings at `version` in the connector's projection: the Kafka consumer's side. */
  consumed: number;
  /** Booking events written since `since`: the outbound worker's side. */
  written: number;
  waiting: number;
  failed: number;
}

// biome-ignore lint/suspicious/noExplicitAny: raw SQL on the connector's tables
async function progress(db: Kysely<any>, count: number, version: number, since: Date, consumedBefore = 0) {
  const { rows } = await sql<Progress>`
    select
      (select count(*)::int from bookings where version = ${version}) as consumed,
      (select count(*)::int from booking_events where written_at >= ${since}) as written,
      (select count(*)::int from outbound_work where failed_at is null) as waiting,
      (select count(*)::int from outbound_work where failed_at is not null) as failed`.execute(db);
  const row = rows[0] as Progress;
  if (row.failed > 0) throw new Error(`${row.failed} outbound changes given up`);
  const consumedAll = row.consumed === consumedBefore + count;
  return { ...row, consumedAll, done: consumedAll && row.written === count && row.waiting === 0 };
}

/**
 * Runs `start`, then polls until done: answers the seconds from start to done, and to the moment the Kafka consumer
 * had taken in every booking (the rest is the outbound worker's).
 */
async function phase({
  count,
  timeoutMs,
  cpu,
  start,
  poll,
}: {
  count: number;
  timeoutMs: number;
  cpu: () => ReturnType<typeof cpuPerItem>;
  start: () => Promise<unknown>;
  poll: () => Promise<Progress & { consumedAll: boolean; done: boolean }>;
}) {
  const meter = cpu();
  const startedAt = Date.now();
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) / 10) / 100;
  await start();
  const publishedSeconds = elapsed();
  let consumedSeconds = Number.NaN;
  await waitFor(timeoutMs, 'phase', async () => {
    const now = await poll();
    if (Number.isNaN(consumedSeconds) && now.consumedAll) consumedSeconds = elapsed();
    return now.done ? true : JSON.stringify(now);
  });
  const seconds = (performance.now() - started) / 1000;
  return { startedAt, seconds, detail: { publishedSeconds, consumedSeconds, cpuMicrosPerBooking: meter.stop(count) } };
}

async function waitFor(timeoutMs: number, what: string, check: () => Promise<true | string>): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const state = await check();
    if (state === true) return;
    if (performance.now() > deadline) throw new Error(`${what} not done after ${timeoutMs} ms: ${state}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const sum = (micros: Record<string, number>) => Object.values(micros).reduce((total, value) => total + value, 0);

/** Calls by method and status, e.g. `{ "POST 200": 2000 }`. */
function tally(calls: RequestLogEntry[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of calls)
    counts[`${call.method} ${call.status}`] = (counts[`${call.method} ${call.status}`] ?? 0) + 1;
  return counts;
}
