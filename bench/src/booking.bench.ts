import { randomUUID } from 'node:crypto';
import { topics } from '@calbridge/contracts';
import { watchBookingEvents } from './booking-event-watch.ts';
import { bookingHttpClient } from './booking-http-client.ts';
import { bookingSender, closedLoop, pacedLoad, percentile, type Sent } from './booking-load.ts';
import { rawBookingTransactions } from './booking-raw-transaction.ts';
import { startBookingForBench } from './booking-service.bench-env.ts';

const ms = (value: number) => Math.round(value * 10) / 10;

export interface BookingBenchOptions {
  count?: number;
  concurrency?: number;
  pacedSeconds?: number;
  /** The service directory to run (default: this checkout's), e.g. another checkout's for a before/after. */
  serviceDir?: string;
}

/**
 * Booking creation through real HTTP → commit → BookingCreated seen on the topic, against a plain Postgres
 * insert+outbox transaction on the same pool in the same run; then p99 at 70% of the sustainable rate.
 */
export async function bookingBench(brokers: string[], options: BookingBenchOptions = {}) {
  const { count = 3_000, concurrency = 16, pacedSeconds = 10 } = options;
  const service = await startBookingForBench(brokers, options.serviceDir);
  const post = bookingHttpClient(service.url, service.token(randomUUID()));
  const rooms: string[] = [];
  for (let index = 0; index < 64; index++) {
    const room = await post('/v1/rooms', { name: `Bench ${index}`, timezone: 'Europe/Warsaw' });
    rooms.push((JSON.parse(room.body) as { id: string }).id);
  }
  const watch = await watchBookingEvents(brokers, service.config.KAFKA_TOPIC_PREFIX + topics.booking);
  const send = bookingSender(post, rooms);
  await closedLoop(send, 300, concurrency);
  const closed = await closedLoop(send, count, concurrency);
  const closedEvents = await eventLatencies(watch.seenAt, closed.sent);
  const httpPerSecond = count / closed.seconds;
  const raw = await rawBookingTransactions(service.db, rooms, count, concurrency);
  const target = httpPerSecond * 0.7;
  const paced = await pacedLoad(send, target, pacedSeconds);
  const pacedEvents = await eventLatencies(watch.seenAt, paced.sent);
  await watch.stop();
  await service.close();
  const http = (sent: Sent[]) => sent.map((one) => one.httpMs);
  return {
    bookings: count,
    concurrency,
    httpToEventPerSecond: Math.round(count / closedEvents.lastSeconds),
    httpPerSecond: Math.round(httpPerSecond),
    rawInsertOutboxPerSecond: Math.round(raw),
    ratioToRaw: Math.round((httpPerSecond / raw) * 100) / 100,
    latencyMs: summary(http(closed.sent), closedEvents.latencies),
    at70Percent: {
      targetPerSecond: Math.round(target),
      achievedPerSecond: Math.round(paced.sent.length / paced.seconds),
      latencyMs: summary(http(paced.sent), pacedEvents.latencies),
    },
  };
}

function summary(http: number[], event: number[]) {
  return {
    httpP50: ms(percentile(http, 0.5)),
    httpP99: ms(percentile(http, 0.99)),
    toEventP50: ms(percentile(event, 0.5)),
    toEventP99: ms(percentile(event, 0.99)),
  };
}

/** Waits until every booking's event was seen; latency runs from the request (due) time to the event's arrival. */
async function eventLatencies(seenAt: Map<string, number>, sent: Sent[]) {
  const deadline = performance.now() + 60_000;
  while (sent.some((one) => !seenAt.has(one.id))) {
    if (performance.now() > deadline) throw new Error('BookingCreated events missing on the topic');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const first = Math.min(...sent.map((one) => one.at));
  const last = Math.max(...sent.map((one) => seenAt.get(one.id) as number));
  const latencies = sent.map((one) => (seenAt.get(one.id) as number) - one.at);
  return { latencies, lastSeconds: (last - first) / 1000 };
}
