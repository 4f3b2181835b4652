import { startTestInfra } from '@calbridge/testkit';
import { sql } from 'kysely';
import { seedBusyRoom } from './availability-seed.ts';
import { startAvailabilityForBench } from './availability-service.bench-env.ts';
import { postgresCpuMs } from './process-cpu.ts';

// Linux (/proc), see availability-service's README: the availability query of availability.bench.ts (same seed, windows and
// timing), plus what a shared machine does not distort much: CPU per query of this process (the service runs in it,
// requests go through inject) and of the Postgres backends. BENCH_EXPLAIN=1 also prints the plan of the busy query
// (the text of busy.repository.ts) for each layout.
const queries = Number(process.env.BENCH_QUERIES ?? 2_000);
const infra = await startTestInfra(process.env);
process.env.TEST_DATABASE_URL = infra.databaseUrl;
process.env.TEST_KAFKA_BROKERS = infra.kafkaBrokers;
const service = await startAvailabilityForBench(infra.kafkaBrokers.split(','));
const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(service.db);
const database = rows[0]?.name as string;
const results: Record<string, unknown> = {};
for (const [name, spreadDays] of [
  ['spreadOverAYear', 365],
  ['allInTheWindow', 31],
] as const) {
  const { roomId, headers } = await seedBusyRoom(service, spreadDays);
  const timings: number[] = [];
  let cpuBefore = process.cpuUsage();
  let postgresBefore = postgresCpuMs(database);
  for (let index = 0; index < queries; index++) {
    if (index === 100) [cpuBefore, postgresBefore] = [process.cpuUsage(), postgresCpuMs(database)];
    const from = new Date(Date.UTC(2026, 0, 1) + ((index * 7) % (spreadDays - 30)) * 86_400_000);
    const to = new Date(from.getTime() + 31 * 86_400_000);
    const started = performance.now();
    const response = await service.app.inject({
      url: `/v1/rooms/${roomId}/availability`,
      query: { from: from.toISOString(), to: to.toISOString() },
      headers,
    });
    if (index >= 100) timings.push(performance.now() - started);
    if (response.statusCode !== 200) throw new Error(`availability answered ${response.statusCode}`);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const postgres = postgresCpuMs(database) - postgresBefore;
  timings.sort((a, b) => a - b);
  const at = (quantile: number) => Math.round((timings[Math.floor(quantile * (timings.length - 1))] ?? 0) * 100) / 100;
  const perQuery = (ms: number) => Math.round((ms * 1000) / timings.length);
  results[name] = {
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    cpuMicrosPerQuery: {
      serviceUser: perQuery(cpu.user / 1000),
      serviceSystem: perQuery(cpu.system / 1000),
      postgres: perQuery(postgres),
    },
  };
  if (process.env.BENCH_EXPLAIN) {
    const from = new Date(Date.UTC(2026, 0, 1));
    const to = new Date(from.getTime() + 31 * 86_400_000);
    const plan = await sql<{ 'QUERY PLAN': string }>`explain (analyze, buffers)
      select 'booking' as kind, id, date_part('epoch', start_at) * 1000 as start,
        date_part('epoch', end_at) * 1000 as end
      from bookings
      where room_id = ${roomId} and status <> 'cancelled' and end_at > ${from}
        and start_at < ${to}::timestamptz
          + coalesce((select slot_minutes from room_schedules where room_id = ${roomId}), 0) * interval '1 minute'
      union all
      select 'block', id, date_part('epoch', start_at) * 1000, date_part('epoch', end_at) * 1000
      from blocks
      where room_id = ${roomId} and active and end_at > ${from} and start_at < ${to}`.execute(service.db);
    process.stderr.write(`${name}:\n${plan.rows.map((row) => row['QUERY PLAN']).join('\n')}\n`);
  }
}
await service.close();
await infra.stop();
process.stdout.write(`${JSON.stringify(results)}\n`);
