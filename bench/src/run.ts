import { createTopics } from '@calbridge/messaging';
import { startTestInfra } from '@calbridge/testkit';
import { availabilityPipeline, availabilityQuery } from './availability.bench.ts';
import { bookingBench } from './booking.bench.ts';
import { connectorBench } from './connector.bench.ts';
import { emulatorBench } from './emulator.bench.ts';
import { inboundBench } from './inbound.bench.ts';
import { messaging } from './messaging.bench.ts';
import { notificationBench } from './notification.bench.ts';
import { messageBytes } from './payload.ts';
import { rawKafka } from './raw-kafka.bench.ts';

// `make bench`: one JSON object on stdout. Ratios compare our layers with raw kafkajs measured in the same run.
// 20,000 messages drain in under 0.2 s at raw consume speed, too short to time; 50,000 keep each figure above 0.3 s.
const count = Number(process.env.BENCH_MESSAGES ?? 50_000);
const infra = await startTestInfra(process.env);
process.env.TEST_DATABASE_URL = infra.databaseUrl;
process.env.TEST_KAFKA_BROKERS = infra.kafkaBrokers;
const brokers = infra.kafkaBrokers.split(',');
// The machine is shared and noisy, so each figure is the median of a few rounds, raw and ours interleaved.
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const samples: { produce: number; consume: number; relay: number; inbox: number }[] = [];
for (let index = 0; index < rounds; index++) {
  const rawTopic = `bench-raw-${Date.now()}`;
  await createTopics(brokers, [{ topic: rawTopic, partitions: 3 }]);
  samples.push({ ...(await rawKafka(brokers, rawTopic, count)), ...(await messaging(brokers, count)) });
}
const median = (pick: (sample: (typeof samples)[number]) => number) => {
  const sorted = samples.map(pick).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};
const raw = { produce: median((s) => s.produce), consume: median((s) => s.consume) };
const ours = { relay: median((s) => s.relay), inbox: median((s) => s.inbox) };
const pipeline = await availabilityPipeline(brokers, Math.min(count, 5_000));
const availabilityQueries = await availabilityQuery(brokers);
const bookingCreation = await bookingBench(brokers);
// Bookings → Google events through calendar-connector, against the emulator's own insert rate in the same run.
const { connector } = await connectorBench(brokers);
// Google → availability: webhook intake against bare Fastify, change → BlockApplied, Google calls per change.
const { inbound } = await inboundBench(brokers);
await infra.stop();
const emulator = await emulatorBench();
const notifications = await notificationBench();

const round = (value: number) => Math.round(value);
const ratio = (value: number) => Math.round(value * 100) / 100;
const report = {
  messages: count,
  rounds,
  messageBytes,
  infrastructure: infra.source,
  kafka: { rawProducePerSecond: round(raw.produce), rawConsumePerSecond: round(raw.consume) },
  outboxRelay: { publishedPerSecond: round(ours.relay), ratioToRawProduce: ratio(ours.relay / raw.produce) },
  inboxConsumer: { appliedPerSecond: round(ours.inbox), ratioToRawConsume: ratio(ours.inbox / raw.consume) },
  availabilityPipeline: {
    eventChangedToBlockAppliedPerSecond: round(pipeline.eventsPerSecond),
    ratioToRawConsume: ratio(pipeline.eventsPerSecond / raw.consume),
    // The pipeline ends in a produce (BlockApplied), so raw produce is its ceiling too.
    ratioToRawProduce: ratio(pipeline.eventsPerSecond / raw.produce),
  },
  availabilityQuery31Days: availabilityQueries,
  bookingCreation,
  connector,
  inbound,
  notifications,
  emulator,
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
