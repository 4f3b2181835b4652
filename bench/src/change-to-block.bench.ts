import { randomUUID } from 'node:crypto';
import { createEvent, keyOf, topics } from '@calbridge/contracts';
import { waitUntil } from '@calbridge/local-stack';
import { Kafka, logLevel } from 'kafkajs';
import { type Kysely, sql } from 'kysely';
import { startAvailabilityProcessForBench } from './availability-process.bench-env.ts';
import { watchBlockApplied } from './block-applied-watch.ts';
import { callsByMethod } from './calendar-api-methods.ts';
import { startConnectorForBench } from './connector-service.bench-env.ts';
import { cpuPerItem } from './cpu-per-item.ts';
import { insertChangesAtRate } from './google-change-load.ts';
import { startEmulatorProcess } from './google-emulator-process.ts';
import { preparePartnerCalendars, serviceAccountEmail, timezone } from './inbound-google.bench-env.ts';
import { seedInboundIntegration } from './inbound-seed.ts';

/**
 * Google change → BlockApplied: the emulator (pushing at once over http on loopback), calendar-connector and
 * availability-service, each its own process, the two services on one topic prefix. `calendars` calendars, each linked
 * to a room; once every calendar has an open push channel and its first sync, the owner inserts timed events through
 * the real Google client at `perSecond` spread over the calendars. Latency = the BlockApplied naming the event seen by
 * a downstream reader − the insert answered; Google calls per change = the service account's calls meanwhile.
 */
export async function changeToBlockBench(brokers: string[], options: { calendars?: number; seconds?: number } = {}) {
  const calendars = options.calendars ?? 200;
  const perSecond = 20;
  const changes = perSecond * (options.seconds ?? Number(process.env.BENCH_INBOUND_CHANGE_SECONDS ?? 30));
  const emulator = await startEmulatorProcess();
  const google = await preparePartnerCalendars(emulator, calendars);
  const connector = await startConnectorForBench({
    emulatorUrl: emulator.url,
    serviceAccountKeyFile: google.keyFile,
    concurrency: 16,
  });
  const availability = await startAvailabilityProcessForBench(connector.topicPrefix);
  const blocks = await watchBlockApplied(brokers, connector.topicPrefix + topics.availability);
  try {
    const partnerId = randomUUID();
    const links = google.calendarIds.map((calendarId) => ({ roomId: randomUUID(), calendarId }));
    await publishRooms(brokers, connector.topicPrefix + topics.booking, partnerId, links);
    await seedInboundIntegration(connector.db, partnerId, links);
    await waitUntil('rooms, channels and first syncs', () => ready(connector.db, availability.db, calendars), 120_000);

    const since = Date.now();
    const meter = cpuPerItem({
      processes: { connector: connector.pid, availability: availability.pid, emulator: emulator.pid },
      database: connector.database,
    });
    const inserted = await insertChangesAtRate(google.ownerCalendar, google.calendarIds, changes, perSecond);
    await waitUntil(
      'a BlockApplied for every change',
      async () => {
        const missing = inserted.filter((change) => !blocks.seen.has(change.eventId)).length;
        if (missing > 0) throw new Error(`${missing} of ${changes} not seen`);
      },
      60_000,
      20,
    );
    const until = Date.now();
    const cpuMicrosPerChange = meter.stop(changes);
    const calls = (await emulator.calendarCalls(since)).filter(
      (call) => call.principal === serviceAccountEmail && Date.parse(call.at) <= until,
    );
    const latencies = inserted.map((change) => (blocks.seen.get(change.eventId) as number) - change.answeredAt);
    const sorted = [...latencies].sort((a, b) => a - b);
    const at = (quantile: number) => Math.round(sorted[Math.floor(quantile * (sorted.length - 1))] as number);
    return {
      calendars,
      changes,
      changesPerSecond: perSecond,
      p50Ms: at(0.5),
      p99Ms: at(0.99),
      maxMs: at(1),
      // Rising from the first third to the last means a backlog (syncs slower than changes come), not noise.
      p50MsByThird: [0, 1, 2].map((third) =>
        median(latencies.slice((third * changes) / 3, ((third + 1) * changes) / 3)),
      ),
      cpuMicrosPerChange,
      googleCalls: calls.length,
      googleCallsByMethod: callsByMethod(calls),
    };
  } finally {
    await blocks.stop();
    await availability.close();
    await connector.close();
    await emulator.stop();
    await google.removeKeyFile();
  }
}

async function publishRooms(brokers: string[], topic: string, partnerId: string, links: { roomId: string }[]) {
  const producer = new Kafka({ brokers, logLevel: logLevel.NOTHING }).producer();
  await producer.connect();
  const events = links.map(({ roomId }, index) =>
    createEvent('RoomUpserted', {
      source: 'booking-service',
      subject: roomId,
      partnerId,
      data: { room: { id: roomId, partnerId, name: `Bench room ${index}`, timezone, version: 1 } },
    }),
  );
  await producer.send({
    topic,
    messages: events.map((event) => ({ key: keyOf(event), value: JSON.stringify(event) })),
  });
  await producer.disconnect();
}

/** Throws until availability knows every room and every calendar has an open channel and no sync owed. */
// biome-ignore lint/suspicious/noExplicitAny: raw SQL on the services' tables
async function ready(connectorDb: Kysely<any>, availabilityDb: Kysely<any>, calendars: number): Promise<void> {
  const rooms = await sql<{ n: number }>`select count(*)::int as n from rooms`.execute(availabilityDb);
  const { rows } = await sql<{ open: number; settled: number }>`
    select
      (select count(*)::int from watch_channels where state = 'open') as open,
      (select count(*)::int from calendar_syncs
        where synced >= requested and last_synced_at is not null and backstop_at > now()) as settled`.execute(
    connectorDb,
  );
  const state = { rooms: rooms.rows[0]?.n, ...rows[0] };
  if (state.rooms !== calendars || state.open !== calendars || state.settled !== calendars) {
    throw new Error(JSON.stringify(state));
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor((sorted.length - 1) / 2)] as number);
}
