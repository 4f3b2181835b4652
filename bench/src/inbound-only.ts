import { startTestInfra } from '@calbridge/testkit';
import { inboundBench } from './inbound.bench.ts';

// `make bench-inbound`: only the inbound figures of `make bench` (webhook intake against bare Fastify, Google change
// → BlockApplied, Google calls per change), BENCH_INBOUND_RUNS times on one infrastructure, each run with its own
// emulator and services. The machine is shared and noisy: compare the ratio within a run, never rates across runs.
const runs = Number(process.env.BENCH_INBOUND_RUNS ?? 2);
const infra = await startTestInfra(process.env);
process.env.TEST_DATABASE_URL = infra.databaseUrl;
process.env.TEST_KAFKA_BROKERS = infra.kafkaBrokers;
const results = [];
try {
  for (let run = 0; run < runs; run++) {
    const result = await inboundBench(infra.kafkaBrokers.split(','));
    process.stderr.write(`${JSON.stringify(result)}\n`);
    results.push(result);
  }
} finally {
  await infra.stop();
}
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
