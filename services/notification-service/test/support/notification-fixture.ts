import { type AddressInfo, createServer } from 'node:net';
import { type CalbridgeEvent, keyOf, topicOf } from '@calbridge/contracts';
import { createDatabase } from '@calbridge/db';
import { signToken } from '@calbridge/http';
import { createKafkaBus } from '@calbridge/messaging';
import { migrateService, type RunningService, startService } from '@calbridge/runtime';
import { createServiceTestEnv, eventually } from '@calbridge/testkit';
import { pino } from 'pino';
import { type Config, readConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import { service } from '../../src/service.ts';

/** Settings that make retries and give-ups happen within a test's seconds instead of a day's hours. */
export const fastRetries = {
  NOTIFICATION_RETRY_BASE_MS: '100',
  NOTIFICATION_RETRY_MAX_MS: '400',
  NOTIFICATION_RETRY_FOR_MS: '4000',
  WEBHOOK_TIMEOUT_MS: '500',
  SMTP_TIMEOUT_MS: '2000',
  NOTIFICATION_LEASE_SECONDS: '5',
};

/** A fresh database and topics, with the env a notification-service needs to send to `smtpUrl`. */
export async function notificationTestEnv(smtpUrl: string, extra: Record<string, string> = {}) {
  const { env, drop } = await createServiceTestEnv();
  const full = { ...env, SMTP_URL: smtpUrl, WEBHOOK_ALLOW_LOCAL_TARGETS: 'true', ...fastRetries, ...extra };
  const migrationDb = createDatabase({ url: full.DATABASE_URL, poolSize: 1 });
  await migrateService(migrationDb, service.migrationsFolder);
  await migrationDb.destroy();
  return { env: full, drop };
}

/** Publishes events as their producers do: on their topic, keyed as the contracts say. */
export async function eventPublisher(config: Config) {
  const bus = createKafkaBus({
    brokers: [...config.KAFKA_BROKERS],
    clientId: 'notification-test',
    logger: pino({ level: 'silent' }),
  });
  const producer = await bus.producer();
  const publish = async (...events: CalbridgeEvent[]): Promise<void> => {
    await producer.send(
      events.map((event) => ({
        topic: config.KAFKA_TOPIC_PREFIX + topicOf(event),
        key: keyOf(event),
        value: JSON.stringify(event),
        headers: {},
      })),
    );
  };
  return { publish, close: () => producer.disconnect() };
}

/** The service in-process on its own database and topics, a publisher playing the other services, and the API. */
export async function startNotificationService(smtpUrl: string, extra: Record<string, string> = {}) {
  const { env, drop } = await notificationTestEnv(smtpUrl, extra);
  const config = readConfig(env);
  const running: RunningService<Config, Database> = await startService(service, config);
  const publisher = await eventPublisher(config);
  const { db } = running.deps;
  const processed = (event: CalbridgeEvent) =>
    eventually(async () => {
      const row = await db
        .selectFrom('messaging_inbox')
        .select('event_id')
        .where('event_id', '=', event.id)
        .executeTakeFirst();
      if (!row) throw new Error(`event ${event.type} ${event.id} not processed yet`);
    });
  /** Publishes and waits until the service committed each event. */
  const deliver = async (...events: CalbridgeEvent[]): Promise<void> => {
    await publisher.publish(...events);
    for (const event of events) await processed(event);
  };
  const headers = (partnerId: string, role?: 'admin') => ({
    authorization: `Bearer ${signToken(role ? { partnerId, role } : { partnerId }, config.AUTH_JWT_SECRET)}`,
  });
  const api = (partnerId: string, role?: 'admin'): PartnerApi => ({
    putSettings: (body: object, query: Record<string, string> = {}) =>
      running.app.inject({
        method: 'PUT',
        url: '/v1/notification-settings',
        query,
        headers: headers(partnerId, role),
        payload: body,
      }),
    getSettings: (query: Record<string, string> = {}) =>
      running.app.inject({ url: '/v1/notification-settings', query, headers: headers(partnerId, role) }),
    rotateSecret: (query: Record<string, string> = {}) =>
      running.app.inject({
        method: 'POST',
        url: '/v1/notification-settings/webhook-secret',
        query,
        headers: headers(partnerId, role),
      }),
    notifications: (query: Record<string, string> = {}) =>
      running.app.inject({ url: '/v1/notifications', query, headers: headers(partnerId, role) }),
  });
  /** The partner's log, once every notification in it is settled (sent or failed). */
  const settledLog = async (partnerId: string, count: number, timeoutMs = 15_000) =>
    eventually(async () => {
      const items = (await api(partnerId).notifications({ limit: '200' })).json().items as { status: string }[];
      if (items.length !== count || items.some((item) => item.status === 'pending'))
        throw new Error(`log not settled: ${JSON.stringify(items)}`);
      return items as NotificationItem[];
    }, timeoutMs);
  const close = async (): Promise<void> => {
    await publisher.close();
    await running.close();
    await drop();
  };
  return { app: running.app, db, config, env, publish: publisher.publish, deliver, processed, api, settledLog, close };
}

export interface Reply {
  statusCode: number;
  body: string;
  headers: Record<string, unknown>;
  // biome-ignore lint/suspicious/noExplicitAny: tests read bodies freely
  json(): any;
}

/** The partner's calls, as the platform's UI would make them. */
export interface PartnerApi {
  putSettings(body: object, query?: Record<string, string>): Promise<Reply>;
  getSettings(query?: Record<string, string>): Promise<Reply>;
  rotateSecret(query?: Record<string, string>): Promise<Reply>;
  notifications(query?: Record<string, string>): Promise<Reply>;
}

export interface NotificationItem {
  id: string;
  trigger: string;
  channel: string;
  recipient: string;
  status: string;
  attempts: number;
  lastError?: string;
  createdAt: string;
  sentAt?: string;
}

export type NotificationService = Awaited<ReturnType<typeof startNotificationService>>;

/** A second process of the same service: same database, topics and consumer group, its own port. */
export async function startReplica(primary: NotificationService) {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  const running = await startService(service, readConfig({ ...primary.env, PORT: String(port) }));
  return { close: () => running.close() };
}
