import { commonEnv, envBoolean, envDurationMs, envInteger, envUrl, loadConfig } from '@calbridge/config';
import { serviceEnv } from '@calbridge/runtime/service-env';
import { z } from 'zod';

const configSchema = z.object({
  ...serviceEnv,
  // Where e-mail goes (spec §5): smtp://user:pass@host:port, or smtps:// for TLS from the first byte.
  SMTP_URL: envUrl(['smtp', 'smtps']),
  SMTP_FROM: z.string().trim().min(3).default('calbridge <notifications@calbridge.localhost>'),
  SMTP_TIMEOUT_MS: envDurationMs().default(20_000),
  // The partner UI's base: reconnect links are `<base>/integrations/<integrationId>/reconnect`.
  PARTNER_APP_URL: envUrl().default('http://localhost:3000/'),
  WEBHOOK_TIMEOUT_MS: envDurationMs().default(10_000),
  // Lets webhooks target http:// and loopback, private or link-local addresses: for `make up` and tests only.
  WEBHOOK_ALLOW_LOCAL_TARGETS: envBoolean().default(false),
  // Messages one process sends at once, and how long a claimed one is its own (longer than any send may take).
  NOTIFICATION_CONCURRENCY: envInteger({ min: 1, max: 256 }).default(16),
  NOTIFICATION_LEASE_SECONDS: envInteger({ min: 1 }).default(120),
  // Exponential backoff with jitter between attempts, for as long as NOTIFICATION_RETRY_FOR_MS (spec: 24 hours).
  NOTIFICATION_RETRY_BASE_MS: envDurationMs().default(10_000),
  NOTIFICATION_RETRY_MAX_MS: envDurationMs().default(3_600_000),
  NOTIFICATION_RETRY_FOR_MS: envDurationMs().default(86_400_000),
});
export type Config = z.infer<typeof configSchema>;

export const readConfig = (env: NodeJS.ProcessEnv): Config => loadConfig(configSchema, env);

/** `db:migrate` needs nothing but the database. */
export const readMigrationConfig = (env: NodeJS.ProcessEnv) =>
  loadConfig(z.object({ DATABASE_URL: commonEnv.DATABASE_URL }), env);
