import { type CalbridgeEvent, keyOf, topicOf, topics } from '@calbridge/contracts';
import { createDatabase } from '@calbridge/db';
import { signToken } from '@calbridge/http';
import { createKafkaBus } from '@calbridge/messaging';
import { migrateService, startService } from '@calbridge/runtime';
import { createServiceTestEnv, eventually } from '@calbridge/testkit';
import { pino } from 'pino';
import { readConfig } from '../../src/config.ts';
import { service } from '../../src/service.ts';
import { readTopic } from './topic-reader.ts';

/**
 * The service started in-process against a fresh database and this file's own topics (it creates them), a producer that plays
 * booking-service and calendar-connector, and a reader that plays the downstream consumers.
 */
export async function startAvailabilityService() {
  const { env, drop } = await createServiceTestEnv();
  const config = readConfig(env);
  const prefix = config.KAFKA_TOPIC_PREFIX;
  const brokers = [...config.KAFKA_BROKERS];
  const bus = createKafkaBus({ brokers, clientId: 'availability-test', logger: pino({ level: 'silent' }) });
  const migrationDb = createDatabase({ url: config.DATABASE_URL, poolSize: 1 });
  await migrateService(migrationDb, service.migrationsFolder);
  await migrationDb.destroy();
  const running = await startService(service, config);
  const producer = await bus.producer();
  const published = await readTopic(brokers, prefix + topics.availability);
  const calendarDlq = await readTopic(brokers, `${prefix}${topics.calendar}.dlq`);
  const bookingDlq = await readTopic(brokers, `${prefix}${topics.booking}.dlq`);
  const { db } = running.deps;

  const publish = async (...events: CalbridgeEvent[]): Promise<void> => {
    const messages = events.map((event) => ({
      topic: prefix + topicOf(event),
      key: keyOf(event),
      value: JSON.stringify(event),
      headers: {},
    }));
    await producer.send(messages);
  };
  /** Resolves once the service committed the event (its inbox mark commits with its effects). */
  const processed = (event: CalbridgeEvent) =>
    eventually(async () => {
      const row = await db
        .selectFrom('messaging_inbox')
        .select('event_id')
        .where('event_id', '=', event.id)
        .executeTakeFirst();
      if (!row) throw new Error(`event ${event.type} ${event.id} not processed yet`);
    });
  const deliver = async (...events: CalbridgeEvent[]): Promise<void> => {
    await publish(...events);
    for (const event of events) await processed(event);
  };
  /** Every event the service published so far about one room, in publication order. */
  const publishedFor = (roomId: string): CalbridgeEvent[] =>
    published.messages.filter((message) => message.key === roomId).map((message) => JSON.parse(message.value));
  const bearer = (partnerId: string, role?: 'admin') => ({
    authorization: `Bearer ${signToken(role ? { partnerId, role } : { partnerId }, config.AUTH_JWT_SECRET)}`,
  });
  const close = async (): Promise<void> => {
    await published.stop();
    await calendarDlq.stop();
    await bookingDlq.stop();
    await producer.disconnect();
    await running.close();
    await drop();
  };
  return {
    app: running.app,
    db,
    prefix,
    producer,
    publish,
    deliver,
    processed,
    publishedFor,
    calendarDlq,
    bookingDlq,
    bearer,
    close,
  };
}

export type AvailabilityService = Awaited<ReturnType<typeof startAvailabilityService>>;
