import { startTestInfra } from '@calbridge/testkit';
import { connectorBench } from './connector.bench.ts';

// `make bench-connector`: only the calendar-connector figure of `make bench` (bookings → Google events through the
// connector against the emulator, beside the emulator's own insert rate), BENCH_CONNECTOR_RUNS times on one
// infrastructure, each run with its own emulator and connector. The machine is shared and noisy: compare ratios
// from one run, never rates from different runs. BENCH_CONNECTOR_BOOKINGS sets N (default 2,000),
// BENCH_CONNECTOR_CONCURRENCY the connector's OUTBOUND_CONCURRENCY and the baseline's requests in flight (16).
const runs = Number(process.env.BENCH_CONNECTOR_RUNS ?? 3);
const concurrency = Number(process.env.BENCH_CONNECTOR_CONCURRENCY ?? 16);
const infra = await startTestInfra(process.env);
process.env.TEST_DATABASE_URL = infra.databaseUrl;
process.env.TEST_KAFKA_BROKERS = infra.kafkaBrokers;
const results = [];
try {
  for (let run = 0; run < runs; run++) {
    const result = await connectorBench(infra.kafkaBrokers.split(','), { concurrency });
    process.stderr.write(`${JSON.stringify(result)}\n`);
    results.push(result);
  }
} finally {
  await infra.stop();
}
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
