import { startTestInfra } from '@calbridge/testkit';
import { bookingBench } from './booking.bench.ts';

// `make bench-booking`: only the booking-creation figures of `make bench`, BENCH_BOOKING_RUNS times on one
// infrastructure, so a change to booking-service is measured in a minute or two. The machine is shared and noisy:
// compare ratios from one run, never rates from different runs. BENCH_BOOKING_SERVICES (comma-separated service
// directories, e.g. another checkout's services/booking-service) alternates them run by run, for a before/after in
// one run; SERVICE_NODE_OPTIONS reaches only the service process (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`).
const runs = Number(process.env.BENCH_BOOKING_RUNS ?? 3);
const services = process.env.BENCH_BOOKING_SERVICES?.split(',') ?? [undefined];
const infra = await startTestInfra(process.env);
process.env.TEST_DATABASE_URL = infra.databaseUrl;
process.env.TEST_KAFKA_BROKERS = infra.kafkaBrokers;
if (process.env.SERVICE_NODE_OPTIONS) process.env.NODE_OPTIONS = process.env.SERVICE_NODE_OPTIONS;
const results = [];
for (let run = 0; run < runs; run++) {
  for (const service of services) {
    const result = {
      service: service ?? 'services/booking-service',
      ...(await bookingBench(infra.kafkaBrokers.split(','), { serviceDir: service })),
    };
    process.stderr.write(`${JSON.stringify(result)}\n`);
    results.push(result);
  }
}
await infra.stop();
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
