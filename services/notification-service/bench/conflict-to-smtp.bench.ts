import { randomUUID } from 'node:crypto';
import type { CalbridgeEvent } from '@calbridge/contracts';
import { signToken } from '@calbridge/http';
import { startService } from '@calbridge/runtime';
import { eventually, startTestInfra } from '@calbridge/testkit';
import { createTransport } from 'nodemailer';
import { readConfig } from '../src/config.ts';
import { service } from '../src/service.ts';
import { bookingCreated, conflictDetected, roomUpserted } from '../test/support/events.ts';
import { eventPublisher, notificationTestEnv } from '../test/support/notification-fixture.ts';
import { startCountingSink } from './counting-sink.ts';

// Notifications per second from ConflictDetected on Kafka to a message accepted by an SMTP server, against raw
// nodemailer sends of messages of the same size to the same server in the same run, with as many in flight.
// BENCH_NOTIFICATIONS (2,000) per round, BENCH_ROUNDS (3) rounds.
// `node --conditions=@calbridge/source bench/conflict-to-smtp.bench.ts` prints one JSON object.
const count = Number(process.env.BENCH_NOTIFICATIONS ?? 2_000);
const concurrency = 16;

const infra = await startTestInfra(process.env);
process.env.TEST_DATABASE_URL = infra.databaseUrl;
process.env.TEST_KAFKA_BROKERS = infra.kafkaBrokers;
const sink = await startCountingSink();

/** The baseline: nodemailer's pool straight to the sink, `concurrency` sends in flight. */
async function rawSends(total: number): Promise<number> {
  const transport = createTransport({ url: sink.url, pool: true, maxConnections: 5 });
  const html = `<p>${'A Google Calendar event now covers booking in room The Vault. '.repeat(6)}</p>`;
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    for (let index = next++; index < total; index = next++) {
      await transport.sendMail({
        from: 'calbridge <notifications@calbridge.localhost>',
        to: 'ops@partner.example',
        subject: `Calendar conflict: booking ${randomUUID()} in The Vault`,
        text: html.replace(/<\/?p>/g, ''),
        html,
        messageId: `<${randomUUID()}@notifications.calbridge>`,
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  transport.close();
  return total / ((performance.now() - started) / 1000);
}

/** Ours: the events on the real topic, through the inbox, the queue rows and the delivery worker. */
async function notifications(total: number): Promise<{ perSecond: number; recordedPerSecond: number }> {
  const { env, drop } = await notificationTestEnv(sink.url, { NOTIFICATION_CONCURRENCY: String(concurrency) });
  const config = readConfig(env);
  const running = await startService(service, config);
  const publisher = await eventPublisher(config);
  const partnerId = randomUUID();
  const roomId = randomUUID();
  const headers = { authorization: `Bearer ${signToken({ partnerId }, config.AUTH_JWT_SECRET)}` };
  await running.app.inject({
    method: 'PUT',
    url: '/v1/notification-settings',
    headers,
    payload: { email: 'ops@partner.example' },
  });
  const bookings = Array.from({ length: total }, () =>
    bookingCreated(partnerId, { roomId, start: '2026-12-05T17:00:00Z', end: '2026-12-05T18:30:00Z' }),
  );
  const publishAll = async (events: CalbridgeEvent[]) => {
    for (let offset = 0; offset < events.length; offset += 500)
      await publisher.publish(...events.slice(offset, offset + 500));
  };
  // The room and bookings first, as in production: the measured part is the conflicts alone.
  await publishAll([
    roomUpserted(partnerId, { id: roomId, name: 'The Vault', timezone: 'Europe/Warsaw' }),
    ...bookings,
  ]);
  const countOf = async (table: 'messaging_inbox' | 'notifications') => {
    const [row] = await running.deps.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .execute();
    return Number(row?.n);
  };
  await eventually(async () => {
    if ((await countOf('messaging_inbox')) < total + 1) throw new Error('bookings not all learned yet');
  }, 120_000);
  const accepted = sink.next(total);
  const started = performance.now();
  await publishAll(
    bookings.map((booking) => conflictDetected(partnerId, { roomId, bookingId: booking.data.booking.id })),
  );
  // How much of the time is the consumer's: the moment every notification row exists.
  const recorded = eventually(async () => {
    if ((await countOf('notifications')) < total) throw new Error('not all recorded yet');
    return performance.now();
  }, 120_000);
  await accepted;
  const seconds = (performance.now() - started) / 1000;
  const recordedSeconds = ((await recorded) - started) / 1000;
  await publisher.close();
  await running.close();
  await drop();
  return { perSecond: total / seconds, recordedPerSecond: total / recordedSeconds };
}

// The machine is shared and noisy: each figure is the median of a few rounds, raw and ours interleaved.
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const samples: { raw: number; ours: number; recorded: number }[] = [];
for (let index = 0; index < rounds; index++) {
  const raw = await rawSends(count);
  const { perSecond, recordedPerSecond } = await notifications(count);
  samples.push({ raw, ours: perSecond, recorded: recordedPerSecond });
}
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const raw = median(samples.map((sample) => sample.raw));
const ours = median(samples.map((sample) => sample.ours));
const recorded = median(samples.map((sample) => sample.recorded));
await sink.close();
await infra.stop();
const round = (value: number) => Math.round(value);
process.stdout.write(
  `${JSON.stringify(
    {
      notifications: count,
      rounds,
      rawNodemailerSendsPerSecond: round(raw),
      conflictToSmtpPerSecond: round(ours),
      conflictsRecordedPerSecond: round(recorded),
      ratioToRawSends: Math.round((ours / raw) * 100) / 100,
    },
    null,
    2,
  )}\n`,
);
