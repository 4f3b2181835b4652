import { randomUUID } from 'node:crypto';
import { startTestInfra } from '@calbridge/testkit';
import { sql } from 'kysely';
import { bookingHttpClient } from './booking-http-client.ts';
import { bookingSender, closedLoop } from './booking-load.ts';
import { rawBookingTransactions } from './booking-raw-transaction.ts';
import { startBookingForBench } from './booking-service.bench-env.ts';
import { postgresCpuMs, processCpuMs } from './process-cpu.ts';

// `make bench-booking-cpu` (Linux): where the CPU of one booking goes, which rates on a shared machine hide. The
// closed loop of booking.bench.ts, then the raw baseline, each measured as CPU per booking of the client process,
// the service process and the Postgres backends. On a CPU-bound machine the rate ratio follows the CPU ratio.
// BENCH_BOOKING_SERVICES alternates service directories (another checkout's booking-service), as in booking-only.ts.
const rounds = Number(process.env.BENCH_BOOKING_RUNS ?? 3);
const count = 3_000;
const services = process.env.BENCH_BOOKING_SERVICES?.split(',') ?? [undefined];
const infra = await startTestInfra(process.env);
process.env.TEST_DATABASE_URL = infra.databaseUrl;
process.env.TEST_KAFKA_BROKERS = infra.kafkaBrokers;
const brokers = infra.kafkaBrokers.split(',');
const micros = (ms: number) => Math.round((ms * 1000) / count);

async function measure(serviceDir: string | undefined) {
  const service = await startBookingForBench(brokers, serviceDir);
  const post = bookingHttpClient(service.url, service.token(randomUUID()));
  const rooms: string[] = [];
  for (let index = 0; index < 64; index++) {
    const room = await post('/v1/rooms', { name: `Bench ${index}`, timezone: 'Europe/Warsaw' });
    rooms.push((JSON.parse(room.body) as { id: string }).id);
  }
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(service.db);
  const database = rows[0]?.name as string;
  const send = bookingSender(post, rooms);
  await closedLoop(send, 300, 16);
  const pid = service.pid as number;
  const [serviceBefore, postgresBefore, clientBefore] = [
    processCpuMs(pid),
    postgresCpuMs(database),
    process.cpuUsage(),
  ];
  const closed = await closedLoop(send, count, 16);
  const [serviceAfter, postgresAfter, client] = [
    processCpuMs(pid),
    postgresCpuMs(database),
    process.cpuUsage(clientBefore),
  ];
  const [rawPostgresBefore, rawClientBefore] = [postgresCpuMs(database), process.cpuUsage()];
  const raw = await rawBookingTransactions(service.db, rooms, count, 16);
  const [rawPostgresAfter, rawClient] = [postgresCpuMs(database), process.cpuUsage(rawClientBefore)];
  await service.close();
  const http = count / closed.seconds;
  return {
    service: serviceDir ?? 'services/booking-service',
    httpPerSecond: Math.round(http),
    rawInsertOutboxPerSecond: Math.round(raw),
    ratioToRaw: Math.round((http / raw) * 100) / 100,
    cpuMicrosPerBooking: {
      httpClient: micros((client.user + client.system) / 1000),
      serviceUser: micros(serviceAfter.user - serviceBefore.user),
      serviceSystem: micros(serviceAfter.system - serviceBefore.system),
      postgres: micros(postgresAfter - postgresBefore),
    },
    rawCpuMicrosPerBooking: {
      client: micros((rawClient.user + rawClient.system) / 1000),
      postgres: micros(rawPostgresAfter - rawPostgresBefore),
    },
  };
}

const results = [];
for (let round = 0; round < rounds; round++) {
  for (const service of services) {
    const result = await measure(service);
    process.stderr.write(`${JSON.stringify(result)}\n`);
    results.push(result);
  }
}
await infra.stop();
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
