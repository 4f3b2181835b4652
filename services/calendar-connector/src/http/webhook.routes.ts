import { type HttpPlugin, problemDetailsSchema } from '@calbridge/http';
import { Counter, Gauge } from 'prom-client';
import { z } from 'zod';
import { createChannelLookup } from '../channels/channel-lookup.ts';
import { createSyncRequestBatcher } from '../channels/sync-request-batcher.ts';
import { receiveNotification } from '../channels/webhook-notification.ts';
import type { ConnectorDeps } from '../connector-context.ts';
import { notificationNotRecorded } from '../errors/connector-problems.ts';
import { requestSyncs } from '../inbound/sync-requests.repository.ts';

const header = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

/**
 * Google's push notifications (spec §4 `POST /webhooks/google`): no JWT, the channel token authenticates. Answered in
 * milliseconds with 200 whatever the verification found (Google does not retry a 4xx, and an attacker learns
 * nothing), 503 only when the sync request could not be recorded, so that Google retries.
 */
export const webhookRoutes: HttpPlugin<{ deps: ConnectorDeps }> = async (app, { deps }) => {
  const notifications = new Counter({
    name: 'connector_webhook_notifications_total',
    help: 'Google push notifications received, by what became of them',
    labelNames: ['outcome'] as const,
    registers: [deps.metricsRegistry],
  });
  const flushes = new Counter({
    name: 'connector_webhook_sync_request_statements_total',
    help: 'Statements that recorded the sync requests of push notifications (many notifications share one)',
    registers: [deps.metricsRegistry],
  });
  const channels = createChannelLookup(deps.db, { ttlMs: 5_000, max: 10_000 });
  const syncRequests = createSyncRequestBatcher({
    flushMs: deps.config.WEBHOOK_FLUSH_MS,
    flush: async (keys) => {
      flushes.inc();
      try {
        await requestSyncs(deps.db, keys);
      } catch (error) {
        // Once per statement, not per notification: a flood would otherwise become a flood of log lines.
        deps.logger.warn({ err: error, calendars: keys.length }, 'push notifications not recorded; answered 503');
        throw error;
      }
    },
  });
  new Gauge({
    name: 'connector_webhook_notifications_waiting',
    help: 'Push notifications waiting for the statement that records their sync request',
    registers: [deps.metricsRegistry],
    collect() {
      this.set(syncRequests.waiting());
    },
  });
  app.addHook('onClose', () => syncRequests.drain());

  // Google sends `Content-Type: application/json; utf-8` with an empty body: never parsed, never more than 1 KiB read.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: 1024 }, (_request, _body, done) => done(null));

  app.post(
    '/webhooks/google',
    {
      logLevel: 'warn',
      schema: {
        tags: ['google push'],
        summary: 'Google Calendar push notification (X-Goog-* headers, empty body)',
        security: [],
        response: { 200: z.null().describe('Received'), 503: problemDetailsSchema },
      },
    },
    async (request, reply) => {
      const { headers } = request;
      const pushed = {
        channelId: header(headers['x-goog-channel-id']),
        token: header(headers['x-goog-channel-token']),
        resourceId: header(headers['x-goog-resource-id']),
        resourceState: header(headers['x-goog-resource-state']),
      };
      try {
        const outcome = await receiveNotification({ db: deps.db, channels, syncRequests }, pushed);
        notifications.inc({ outcome });
      } catch {
        notifications.inc({ outcome: 'failed' });
        throw notificationNotRecorded();
      }
      return reply.code(200).send(null);
    },
  );
};
