import { createDatabase } from '@calbridge/db';
import { signToken } from '@calbridge/http';
import { migrateService, type RunningService, startService } from '@calbridge/runtime';
import { createServiceTestEnv } from '@calbridge/testkit';
import type { Kysely } from 'kysely';
import { type Config, readConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import { service } from '../../src/service.ts';
import { type ApiClient, apiClient } from './api-client.ts';

/**
 * A migrated database, this file's own topics (the service creates them), and the service running in-process on a real port. Without
 * `consumeEvents` the block consumer is left out: tests of the HTTP side then skip a consumer group join on start
 * and a fetch wait on close (seconds each); blocks.test.ts and the process test run the service whole.
 */
export async function bookingServiceFixture(options: { consumeEvents?: boolean } = {}) {
  const { env, drop } = await createServiceTestEnv();
  const config: Config = readConfig(env);
  const db: Kysely<Database> = createDatabase({ url: config.DATABASE_URL, poolSize: 5 });
  await migrateService(db, service.migrationsFolder);
  const definition = options.consumeEvents ? service : { ...service, subscriptions: { groupId: 'none', handlers: {} } };
  let running: RunningService<Config, Database> | undefined = await startService(definition, config);
  const url = `http://127.0.0.1:${config.PORT}`;
  const tokenFor = (partnerId: string, role?: 'admin') => signToken({ partnerId, role }, config.AUTH_JWT_SECRET);
  const as = (partnerId: string, role?: 'admin'): ApiClient => apiClient(url, tokenFor(partnerId, role));
  return {
    env,
    config,
    db,
    url,
    as,
    tokenFor,
    bookingTopic: `${config.KAFKA_TOPIC_PREFIX}booking.events.v1`,
    availabilityTopic: `${config.KAFKA_TOPIC_PREFIX}availability.events.v1`,
    /** Stops the in-process service (HTTP, relay, consumer); the database and topics stay. */
    stop: async () => {
      await running?.close();
      running = undefined;
    },
    /** Starts it again on the same database, topics and port, as a restarted pod would. */
    start: async () => {
      running ??= await startService(definition, config);
    },
    close: async () => {
      await running?.close();
      await db.destroy();
      await drop();
    },
  };
}

export type BookingServiceFixture = Awaited<ReturnType<typeof bookingServiceFixture>>;
