import { randomBytes } from 'node:crypto';
import { type CalbridgeEvent, keyOf, topicOf, topics } from '@calbridge/contracts';
import { createDatabase } from '@calbridge/db';
import { signToken } from '@calbridge/http';
import { createTopics } from '@calbridge/messaging';
import { migrateService, type RunningService, serviceTopics, startService } from '@calbridge/runtime';
import { createServiceTestEnv, eventually, publishEvents, readTopic } from '@calbridge/testkit';
import type { Kysely } from 'kysely';
import { type Config, readConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import { service } from '../../src/service.ts';
import { type GoogleWorld, startGoogleWorld } from './google-world.ts';

/**
 * The connector in-process on a real port, its own database and topics, and Google (the emulator) with the
 * platform's OAuth client and service account registered: the GOOGLE_* settings point at it, as `make up` does.
 * `env` overrides the connector's settings (quotas, concurrency, …).
 */
export async function connectorFixture(env: Record<string, string> = {}, { start = true }: { start?: boolean } = {}) {
  const base = await createServiceTestEnv();
  const publicBaseUrl = `http://127.0.0.1:${base.env.PORT}`;
  const google: GoogleWorld = await startGoogleWorld(`${publicBaseUrl}/oauth2/callback`);
  const serviceEnv: Record<string, string> = {
    ...base.env,
    ...google.env,
    PUBLIC_BASE_URL: publicBaseUrl,
    CONNECTOR_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    ...env,
  };
  const config: Config = readConfig(serviceEnv);
  const db: Kysely<Database> = createDatabase({ url: config.DATABASE_URL, poolSize: 5 });
  await migrateService(db, service.migrationsFolder);
  // `start: false` for a test that runs the connector as a process: a second consumer in the group would hold the
  // partitions until it is gone.
  let running: RunningService<Config, Database> | undefined = start ? await startService(service, config) : undefined;
  const prefix = config.KAFKA_TOPIC_PREFIX;
  if (!start) {
    await createTopics(
      [...config.KAFKA_BROKERS],
      serviceTopics(service.produces, service.subscriptions.handlers, prefix),
    );
  }
  const integrationEvents = await readTopic(prefix + topics.integration);
  const bookingDeadLetters = await readTopic(`${prefix}${topics.booking}.dlq`);
  const tokenFor = (partnerId: string, role?: 'admin') => signToken({ partnerId, role }, config.AUTH_JWT_SECRET);

  /** Publishes events as booking-service would. */
  const publish = async (...events: CalbridgeEvent[]): Promise<void> => {
    const byTopic = Map.groupBy(events, (event) => prefix + topicOf(event));
    for (const [topic, batch] of byTopic) await publishEvents(topic, batch);
  };
  /** Publishes events and waits until the connector has consumed them. */
  const deliver = async (...events: CalbridgeEvent[]): Promise<void> => {
    await publish(...events);
    for (const event of events) await consumed(event.id);
  };
  const consumed = (eventId: string) =>
    eventually(async () => {
      const row = await db
        .selectFrom('messaging_inbox')
        .select('event_id')
        .where('event_id', '=', eventId)
        .executeTakeFirst();
      if (!row) throw new Error(`event ${eventId} not consumed yet`);
    });
  /** Resolves once the outbound queue is empty: every booking's event is what Google has. */
  const outboundSettled = (timeoutMs = 20_000) =>
    eventually(async () => {
      const waiting = await db
        .selectFrom('outbound_work')
        .select(['booking_id', 'last_error'])
        .where('failed_at', 'is', null)
        .execute();
      if (waiting.length > 0)
        throw new Error(`${waiting.length} outbound changes waiting: ${JSON.stringify(waiting.slice(0, 3))}`);
    }, timeoutMs);

  return {
    /** The environment the connector runs with, for starting it as a real process. */
    env: serviceEnv,
    config,
    db,
    google,
    url: publicBaseUrl,
    tokenFor,
    bearer: (partnerId: string, role?: 'admin') => ({ authorization: `Bearer ${tokenFor(partnerId, role)}` }),
    app: () => (running as RunningService<Config, Database>).app,
    publish,
    deliver,
    consumed,
    outboundSettled,
    integrationEvents,
    bookingDeadLetters,
    bookingTopic: prefix + topics.booking,
    keyOf,
    /** Stops the connector (HTTP, consumer, worker); database, topics and Google stay, as when a pod dies. */
    stop: async () => {
      await running?.close();
      running = undefined;
    },
    start: async () => {
      running ??= await startService(service, config);
    },
    close: async () => {
      await running?.close();
      await integrationEvents.stop();
      await bookingDeadLetters.stop();
      await db.destroy();
      await google.close();
      await base.drop();
    },
  };
}

export type ConnectorFixture = Awaited<ReturnType<typeof connectorFixture>>;
