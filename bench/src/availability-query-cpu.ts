import { startTestInfra } from '@calbridge/testkit';
import { sql } from 'kysely';
import { busyLayouts, timeAvailabilityQueries } from './availability.bench.ts';
import { startAvailabilityForBench } from './availability-service.bench-env.ts';
import { postgresCpuMs } from './process-cpu.ts';

// Linux (/proc), see availability-service's README: the availability query of availability.bench.ts (same seed, windows and
// timing), plus what a shared machine does not distort much: CPU per query of this process (the service runs in it,
// requests go through inject) and of the Postgres backends.
const queries = Number(process.env.BENCH_QUERIES ?? 2_000);
const infra = await startTestInfra(process.env);
process.env.TEST_DATABASE_URL = infra.databaseUrl;
process.env.TEST_KAFKA_BROKERS = infra.kafkaBrokers;
const service = await startAvailabilityForBench(infra.kafkaBrokers.split(','));
const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(service.db);
const database = rows[0]?.name as string;
const results: Record<string, unknown> = {};
for (const [name, spreadDays] of busyLayouts) {
  let cpuBefore = process.cpuUsage();
  let postgresBefore = postgresCpuMs(database);
  const timed = await timeAvailabilityQueries(service, spreadDays, queries, () => {
    [cpuBefore, postgresBefore] = [process.cpuUsage(), postgresCpuMs(database)];
  });
  const cpu = process.cpuUsage(cpuBefore);
  const postgres = postgresCpuMs(database) - postgresBefore;
  const perQuery = (ms: number) => Math.round((ms * 1000) / timed.counted);
  results[name] = {
    p50Ms: timed.p50Ms,
    p99Ms: timed.p99Ms,
    cpuMicrosPerQuery: {
      serviceUser: perQuery(cpu.user / 1000),
      serviceSystem: perQuery(cpu.system / 1000),
      postgres: perQuery(postgres),
    },
  };
}
await service.close();
await infra.stop();
process.stdout.write(`${JSON.stringify(results)}\n`);
