import { fileURLToPath } from 'node:url';
import { service } from '@calbridge/availability-service';
import { createDatabase } from '@calbridge/db';
import { migrateService } from '@calbridge/runtime';
import { createServiceTestEnv, startServiceProcess } from '@calbridge/testkit';
import type { Kysely } from 'kysely';

const availabilityDir = fileURLToPath(new URL('../../services/availability-service', import.meta.url));

/**
 * availability-service as its own process (a pod) on a fresh database, on the topics of `topicPrefix`: those of the
 * calendar-connector it is to hear, as one deployment's services share theirs.
 */
export async function startAvailabilityProcessForBench(topicPrefix: string) {
  const { env: base, drop } = await createServiceTestEnv();
  const env = { ...base, KAFKA_TOPIC_PREFIX: topicPrefix };
  // biome-ignore lint/suspicious/noExplicitAny: the bench watches the service's tables with raw SQL
  const db: Kysely<any> = createDatabase({ url: env.DATABASE_URL, poolSize: 2 });
  await migrateService(db, service.migrationsFolder);
  const running = await startServiceProcess(availabilityDir, env);
  return {
    db,
    pid: running.child.pid as number,
    close: async () => {
      await running.terminate();
      await db.destroy();
      await drop();
    },
  };
}
