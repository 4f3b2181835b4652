import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase } from '@calbridge/db';
import { migrateService } from '@calbridge/runtime';
import { createServiceTestEnv, startServiceProcess } from '@calbridge/testkit';
import type { Kysely } from 'kysely';

const connectorDir = fileURLToPath(new URL('../../services/calendar-connector', import.meta.url));
// Far above anything the emulator answers, so the connector's quota limiter never makes a call wait.
const unlimitedPerMinute = String(100_000_000);

/**
 * calendar-connector as its own process (a pod) on a fresh database and topics of its own, reaching Google (the
 * emulator) through the GOOGLE_* settings as `make up` hands them, with its quota limiter effectively off.
 */
export async function startConnectorForBench(options: {
  emulatorUrl: string;
  serviceAccountKeyFile: string;
  concurrency: number;
}) {
  const { env: base, drop } = await createServiceTestEnv();
  const env: Record<string, string> = {
    ...base,
    GOOGLE_API_ROOT_URL: `${options.emulatorUrl}/`,
    GOOGLE_OAUTH_AUTH_URL: `${options.emulatorUrl}/o/oauth2/v2/auth`,
    GOOGLE_OAUTH_TOKEN_URL: `${options.emulatorUrl}/token`,
    GOOGLE_SERVICE_ACCOUNT_KEY_FILE: options.serviceAccountKeyFile,
    PUBLIC_BASE_URL: `http://127.0.0.1:${base.PORT}`,
    CONNECTOR_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    GOOGLE_QUOTA_PER_USER_PER_MINUTE: unlimitedPerMinute,
    GOOGLE_QUOTA_PER_PROJECT_PER_MINUTE: unlimitedPerMinute,
    OUTBOUND_CONCURRENCY: String(options.concurrency),
    // Reaches only the connector process, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
    ...(process.env.BENCH_CONNECTOR_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_CONNECTOR_NODE_OPTIONS } : {}),
  };
  // biome-ignore lint/suspicious/noExplicitAny: the bench seeds and watches the connector's tables with raw SQL
  const db: Kysely<any> = createDatabase({ url: env.DATABASE_URL as string, poolSize: 2 });
  await migrateService(db, join(connectorDir, 'src/db/migrations'));
  const running = await startServiceProcess(connectorDir, env, { port: Number(env.PORT) });
  return {
    db,
    url: running.url,
    pid: running.child.pid as number,
    database: new URL(env.DATABASE_URL as string).pathname.slice(1),
    topicPrefix: base.KAFKA_TOPIC_PREFIX,
    output: running.output,
    close: async () => {
      await running.terminate();
      await db.destroy();
      await drop();
    },
  };
}
