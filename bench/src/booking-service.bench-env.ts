import { fileURLToPath } from 'node:url';
import { service } from '@calbridge/booking-service/service';
import { topics } from '@calbridge/contracts';
import { createDatabase } from '@calbridge/db';
import { signToken } from '@calbridge/http';
import { createKafkaBus, topicsWithDeadLetters } from '@calbridge/messaging';
import { migrateService } from '@calbridge/runtime';
import { createServiceTestEnv, startServiceProcess } from '@calbridge/testkit';
import type { Kysely } from 'kysely';
import pino from 'pino';

/**
 * booking-service as its own process on a fresh database and topics of its own, as in production: the load
 * generator in this process must not share the service's event loop. `serviceDir` may name another checkout's
 * service, to compare two versions in one run.
 */
export async function startBookingForBench(
  brokers: string[],
  serviceDir = fileURLToPath(new URL('../../services/booking-service', import.meta.url)),
) {
  const { env, drop } = await createServiceTestEnv();
  const bus = createKafkaBus({ brokers, clientId: 'bench', logger: pino({ level: 'silent' }) });
  await bus.createTopics(topicsWithDeadLetters([topics.booking, topics.availability], env.KAFKA_TOPIC_PREFIX));
  // biome-ignore lint/suspicious/noExplicitAny: the raw baseline writes bench tables with raw SQL
  const db: Kysely<any> = createDatabase({ url: env.DATABASE_URL, poolSize: 10 });
  await migrateService(db, service.migrationsFolder);
  const running = await startServiceProcess(serviceDir, env);
  const token = (partnerId: string) => signToken({ partnerId }, env.AUTH_JWT_SECRET);
  const close = async (): Promise<void> => {
    await running.terminate();
    await db.destroy();
    await drop();
  };
  return {
    url: running.url,
    pid: running.child.pid,
    config: { KAFKA_TOPIC_PREFIX: env.KAFKA_TOPIC_PREFIX },
    db,
    token,
    close,
  };
}
