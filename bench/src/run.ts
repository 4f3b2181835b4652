import { createTopics, startTestInfra } from '@calbridge/testkit';
import { messaging } from './messaging.bench.ts';
import { messageBytes } from './payload.ts';
import { rawKafka } from './raw-kafka.bench.ts';

// `make bench`: one JSON object on stdout. Ratios compare our layers with raw kafkajs measured in the same run.
const count = Number(process.env.BENCH_MESSAGES ?? 20_000);
const infra = await startTestInfra(process.env);
process.env.TEST_DATABASE_URL = infra.databaseUrl;
const brokers = infra.kafkaBrokers.split(',');
const rawTopic = `bench-raw-${Date.now()}`;
await createTopics([rawTopic], 3, brokers);
const raw = await rawKafka(brokers, rawTopic, count);
const ours = await messaging(brokers, count);
await infra.stop();

const round = (value: number) => Math.round(value);
const ratio = (value: number) => Math.round(value * 100) / 100;
const report = {
  messages: count,
  messageBytes,
  infrastructure: infra.source,
  kafka: { rawProducePerSecond: round(raw.produce), rawConsumePerSecond: round(raw.consume) },
  outboxRelay: { publishedPerSecond: round(ours.relay), ratioToRawProduce: ratio(ours.relay / raw.produce) },
  inboxConsumer: { appliedPerSecond: round(ours.inbox), ratioToRawConsume: ratio(ours.inbox / raw.consume) },
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
