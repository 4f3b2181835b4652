import { createTopics } from '@calbridge/messaging';
import { startTestInfra } from '@calbridge/testkit';
import { availabilityPipeline } from './availability.bench.ts';
import { type BenchProbe, messaging } from './messaging.bench.ts';
import { postgresCpuMs } from './process-cpu.ts';
import { rawKafka } from './raw-kafka.bench.ts';

// `make bench-pipeline` (Linux): only the outbox relay and EventChanged → BlockApplied figures of `make bench`, with
// raw produce/consume, in interleaved rounds of one run, so every ratio comes from one run. Beside each rate, the CPU
// per event of this process and of the Postgres backends of the figure's database: rates move with the shared
// machine's load, CPU per event much less. BENCH_ONLY=relay|pipeline runs one figure (e.g. under --cpu-prof), and
// BENCH_MARK_WINDOWS=1 prints each timed window in monotonic µs, the clock of a --cpu-prof profile, to cut it to them.
const count = Number(process.env.BENCH_MESSAGES ?? 50_000);
const pipelineCount = Math.min(count, 5_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const only = process.env.BENCH_ONLY;
const infra = await startTestInfra(process.env);
process.env.TEST_DATABASE_URL = infra.databaseUrl;
process.env.TEST_KAFKA_BROKERS = infra.kafkaBrokers;
const brokers = infra.kafkaBrokers.split(',');

interface CpuPerEvent {
  processMicros: number;
  postgresMicros: number;
}

/** Brackets a timed part: CPU of this process and of the database's backends, per event. */
function cpuProbe(events: number): BenchProbe & { result(): CpuPerEvent } {
  let database = '';
  let before = { process: process.cpuUsage(), postgres: 0 };
  let result: CpuPerEvent = { processMicros: Number.NaN, postgresMicros: Number.NaN };
  return {
    start: (name) => {
      database = name;
      if (process.env.BENCH_MARK_WINDOWS) process.stderr.write(`window-start ${process.hrtime.bigint() / 1000n}\n`);
      before = { process: process.cpuUsage(), postgres: postgresCpuMs(name) };
    },
    stop: () => {
      const used = process.cpuUsage(before.process);
      if (process.env.BENCH_MARK_WINDOWS) process.stderr.write(`window-stop ${process.hrtime.bigint() / 1000n}\n`);
      result = {
        processMicros: Math.round((used.user + used.system) / events),
        postgresMicros: Math.round(((postgresCpuMs(database) - before.postgres) * 1000) / events),
      };
    },
    result: () => result,
  };
}

const ratio = (value: number) => Math.round(value * 100) / 100;
const results = [];
for (let index = 0; index < rounds; index++) {
  const rawTopic = `bench-raw-${Date.now()}`;
  await createTopics(brokers, [{ topic: rawTopic, partitions: 3 }]);
  const raw = await rawKafka(brokers, rawTopic, count);
  const relayCpu = cpuProbe(count);
  const relay =
    only === 'pipeline' ? Number.NaN : (await messaging(brokers, count, { probe: relayCpu, relayOnly: true })).relay;
  const pipelineCpu = cpuProbe(pipelineCount);
  const pipeline =
    only === 'relay' ? Number.NaN : (await availabilityPipeline(brokers, pipelineCount, pipelineCpu)).eventsPerSecond;
  const result = {
    rawProducePerSecond: Math.round(raw.produce),
    rawConsumePerSecond: Math.round(raw.consume),
    relay: { perSecond: Math.round(relay), ratioToRawProduce: ratio(relay / raw.produce), cpu: relayCpu.result() },
    pipeline: {
      perSecond: Math.round(pipeline),
      ratioToRawProduce: ratio(pipeline / raw.produce),
      ratioToRawConsume: ratio(pipeline / raw.consume),
      cpu: pipelineCpu.result(),
    },
  };
  process.stderr.write(`${JSON.stringify(result)}\n`);
  results.push(result);
}
await infra.stop();
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
