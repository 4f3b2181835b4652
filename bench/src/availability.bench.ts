import { randomUUID } from 'node:crypto';
import { type CalbridgeEvent, createEvent, keyOf, topics } from '@calbridge/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { type Kysely, sql } from 'kysely';
import { seedBusyRoom } from './availability-seed.ts';
import { startAvailabilityForBench } from './availability-service.bench-env.ts';
import type { BenchProbe } from './messaging.bench.ts';

const partnerId = randomUUID();
const integrationId = randomUUID();
const rooms = 64;
const roomIds = Array.from({ length: rooms }, () => randomUUID());

/**
 * EventChanged → BlockApplied through the real broker and the service's inbox, block logic and outbox relay.
 * Timed from the first BlockApplied a downstream consumer sees to the last, like the raw consume figure.
 */
export async function availabilityPipeline(brokers: string[], count: number, probe?: BenchProbe) {
  const service = await startAvailabilityForBench(brokers);
  const { config, bus } = service;
  const prefix = config.KAFKA_TOPIC_PREFIX;
  const producer = await bus.producer();
  const send = async (events: CalbridgeEvent[], topic: string) => {
    for (let offset = 0; offset < events.length; offset += 500) {
      const batch = events.slice(offset, offset + 500);
      await producer.send(
        batch.map((event) => ({ topic, key: keyOf(event), value: JSON.stringify(event), headers: {} })),
      );
    }
  };
  await send(
    Array.from({ length: rooms }, (_, index) => roomEvent(index)),
    prefix + topics.booking,
  );
  // Rooms first, as in production: the measured part is calendar events alone.
  await until(async () => (await countRows(service.db, 'messaging_inbox')) >= rooms);
  const seen = countMessages(brokers, prefix + topics.availability, count);
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(service.db);
  probe?.start(rows[0]?.name as string);
  await send(
    Array.from({ length: count }, (_, index) => calendarEvent(index)),
    prefix + topics.calendar,
  );
  const { seconds } = await seen;
  probe?.stop();
  await producer.disconnect();
  await service.close();
  return { eventsPerSecond: count / seconds };
}

/** p50/p99 of GET /availability over 31 days for a room with 1,000 blocks and 1,000 bookings. */
export async function availabilityQuery(brokers: string[], queries = 2_000) {
  const service = await startAvailabilityForBench(brokers);
  const results: Record<string, { p50Ms: number; p99Ms: number }> = {};
  for (const [name, spreadDays] of busyLayouts) {
    const { p50Ms, p99Ms } = await timeAvailabilityQueries(service, spreadDays, queries);
    results[name] = { p50Ms, p99Ms };
  }
  await service.close();
  return results;
}

/** The two layouts: the 2,000 intervals spread over a year (~170 in a window), or all in the 31 days asked for. */
export const busyLayouts = [
  ['spreadOverAYear', 365],
  ['allInTheWindow', 31],
] as const;

/**
 * Seeds a busy room and times `queries` 31-day windows over it; the first 100 warm up and are not counted.
 * `onWarm` runs when the counted ones begin (a caller measuring CPU takes its first reading there).
 */
export async function timeAvailabilityQueries(
  service: Awaited<ReturnType<typeof startAvailabilityForBench>>,
  spreadDays: number,
  queries: number,
  onWarm?: () => void,
) {
  const { roomId, headers } = await seedBusyRoom(service, spreadDays);
  const timings: number[] = [];
  for (let index = 0; index < queries; index++) {
    if (index === 100) onWarm?.();
    const from = new Date(Date.UTC(2026, 0, 1) + ((index * 7) % (spreadDays - 30)) * 86_400_000);
    const to = new Date(from.getTime() + 31 * 86_400_000);
    const started = performance.now();
    const response = await service.app.inject({
      url: `/v1/rooms/${roomId}/availability`,
      query: { from: from.toISOString(), to: to.toISOString() },
      headers,
    });
    if (index >= 100) timings.push(performance.now() - started);
    if (response.statusCode !== 200) throw new Error(`availability answered ${response.statusCode}`);
  }
  timings.sort((a, b) => a - b);
  const at = (quantile: number) => Math.round((timings[Math.floor(quantile * (timings.length - 1))] ?? 0) * 100) / 100;
  return { p50Ms: at(0.5), p99Ms: at(0.99), counted: timings.length };
}

function roomEvent(index: number): CalbridgeEvent {
  const room = {
    id: roomIds[index] as string,
    partnerId,
    name: `Room ${index}`,
    timezone: 'Europe/Warsaw',
    version: 1,
  };
  return createEvent('RoomUpserted', { source: 'bench', subject: room.id, partnerId, data: { room } });
}

function calendarEvent(index: number): CalbridgeEvent {
  const start = Date.UTC(2026, 0, 1, 8) + Math.floor(index / rooms) * 3_600_000;
  const event = {
    id: `evt${index}`,
    status: 'confirmed' as const,
    allDay: false as const,
    start: new Date(start).toISOString(),
    end: new Date(start + 3_600_000).toISOString(),
    transparency: 'opaque' as const,
    updated: new Date(start).toISOString(),
  };
  const data = {
    integrationId,
    calendarId: `cal-${index % rooms}`,
    roomIds: [roomIds[index % rooms] as string],
    event,
  };
  return createEvent('EventChanged', { source: 'bench', subject: event.id, partnerId, data });
}

// biome-ignore lint/suspicious/noExplicitAny: raw SQL on the service's tables
async function countRows(db: Kysely<any>, table: string): Promise<number> {
  const result = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return Number(result.rows[0]?.n);
}

async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 20));
}

async function countMessages(brokers: string[], topic: string, count: number): Promise<{ seconds: number }> {
  const consumer = new Kafka({ brokers, logLevel: logLevel.NOTHING }).consumer({ groupId: `bench-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let seen = 0;
  let first = 0;
  const done = new Promise<number>((resolve) => {
    void consumer.run({
      eachBatch: async ({ batch }) => {
        first ||= performance.now();
        seen += batch.messages.length;
        if (seen >= count) resolve(performance.now());
      },
    });
  });
  const last = await done;
  await consumer.disconnect();
  return { seconds: (last - first) / 1000 };
}
