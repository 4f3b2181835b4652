import type { ServiceDeps } from '@calbridge/runtime';
import { Counter } from 'prom-client';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { createEmailSender, type EmailSender } from '../email/email-sender.ts';
import { createWebhookSender, type WebhookSender } from '../webhooks/webhook-sender.ts';
import { createSentRecorder } from './sent-recorder.ts';

/** What the delivery worker sends with, built when it starts and closed when it stops. */
export interface DeliveryDeps extends ServiceDeps<Config, Database> {
  email: EmailSender;
  webhook: WebhookSender;
  /** Marks a notification sent; sends finishing together share one commit. */
  recordSent(id: string): Promise<void>;
  /** `notification_deliveries_total{channel,status}`: spec §6 asks for deliveries by channel and status. */
  deliveries: Counter<'channel' | 'status'>;
}

export function openDeliveryDeps(deps: ServiceDeps<Config, Database>): DeliveryDeps {
  const { config } = deps;
  return {
    ...deps,
    email: createEmailSender({
      url: config.SMTP_URL,
      from: config.SMTP_FROM,
      timeoutMs: config.SMTP_TIMEOUT_MS,
      connections: Math.min(config.NOTIFICATION_CONCURRENCY, 5),
    }),
    webhook: createWebhookSender({
      timeoutMs: config.WEBHOOK_TIMEOUT_MS,
      allowLocal: config.WEBHOOK_ALLOW_LOCAL_TARGETS,
    }),
    recordSent: createSentRecorder(deps.db, { maxBatch: config.NOTIFICATION_CONCURRENCY, delayMs: 5 }),
    deliveries: new Counter({
      name: 'notification_deliveries_total',
      help: 'Delivery attempts by channel and how they ended: sent, retry (due again later) or failed (given up)',
      labelNames: ['channel', 'status'] as const,
      registers: [deps.metricsRegistry],
    }),
  };
}
