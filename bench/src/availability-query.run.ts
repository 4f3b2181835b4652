import { startTestInfra } from '@calbridge/testkit';
import { availabilityQuery } from './availability.bench.ts';

// Just the 31-day availability query figures of `make bench`, for profiling it without the rest (a minute, not ten).
const infra = await startTestInfra(process.env);
process.env.TEST_DATABASE_URL = infra.databaseUrl;
process.env.TEST_KAFKA_BROKERS = infra.kafkaBrokers;
const results = await availabilityQuery(infra.kafkaBrokers.split(','), Number(process.env.BENCH_QUERIES ?? 2_000));
await infra.stop();
process.stdout.write(`${JSON.stringify(results)}\n`);
