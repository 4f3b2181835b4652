import { commonEnv, envInteger, envUrl, loadConfig } from '@calbridge/config';
import { serviceEnv } from '@calbridge/runtime/service-env';
import { z } from 'zod';

const base64Key = z
  .string()
  .trim()
  .refine((value) => Buffer.from(value, 'base64').length === 32, { error: 'expected 32 bytes, base64-encoded' });

// Earlier keys stay readable while tokens are re-encrypted with the current one: `id:base64,id:base64`.
const previousKeys = z
  .string()
  .trim()
  .transform((value) => (value === '' ? [] : value.split(',').map((item) => item.trim().split(':'))))
  .pipe(z.array(z.tuple([z.string().min(1), base64Key])));

const fraction = z.coerce.number().gt(0).max(1);

const configSchema = z.object({
  ...serviceEnv,
  // Google's endpoints (spec §6); the defaults are Google's own.
  GOOGLE_API_ROOT_URL: envUrl().default('https://www.googleapis.com/'),
  GOOGLE_OAUTH_AUTH_URL: envUrl().default('https://accounts.google.com/o/oauth2/v2/auth'),
  GOOGLE_OAUTH_TOKEN_URL: envUrl().default('https://oauth2.googleapis.com/token'),
  GOOGLE_OAUTH_CLIENT_ID: z.string().trim().min(1).optional(),
  GOOGLE_OAUTH_CLIENT_SECRET: z.string().trim().min(1).optional(),
  GOOGLE_SERVICE_ACCOUNT_KEY_FILE: z.string().trim().min(1).optional(),
  // The base of the OAuth callback and webhook URLs given to Google.
  PUBLIC_BASE_URL: envUrl(),
  // AES-256-GCM key for refresh tokens; the id is stored beside each token so keys can rotate.
  CONNECTOR_ENCRYPTION_KEY: base64Key,
  CONNECTOR_ENCRYPTION_KEY_ID: z.string().trim().min(1).default('1'),
  CONNECTOR_ENCRYPTION_PREVIOUS_KEYS: previousKeys.default([]),
  // Google's published limits (reference §5.3) and the share of them calbridge lets itself use.
  GOOGLE_QUOTA_PER_USER_PER_MINUTE: envInteger({ min: 1 }).default(600),
  GOOGLE_QUOTA_PER_PROJECT_PER_MINUTE: envInteger({ min: 1 }).default(10_000),
  GOOGLE_QUOTA_FRACTION: fraction.default(0.8),
  // Bookings written to Google at once by one connector process, and attempts before a change is dead-lettered.
  OUTBOUND_CONCURRENCY: envInteger({ min: 1, max: 256 }).default(16),
  OUTBOUND_MAX_ATTEMPTS: envInteger({ min: 1 }).default(10),
  // A booking claimed by a worker that died is taken up by another after this long; a live worker renews its leases
  // every third of it, however long Google keeps it waiting.
  OUTBOUND_LEASE_SECONDS: envInteger({ min: 1 }).default(30),
  // Push channels (events.watch): the lifetime asked of Google (its default, 7 days; Google may cut it) and how long
  // before expiry a channel is replaced (or when a fifth of its life is left, if that is earlier).
  WATCH_CHANNEL_TTL_SECONDS: envInteger({ min: 60 }).default(604_800),
  WATCH_RENEW_BEFORE_SECONDS: envInteger({ min: 1 }).default(86_400),
  // How long the webhook collects notifications into one sync-request statement.
  WEBHOOK_FLUSH_MS: envInteger({ min: 1, max: 1000 }).default(5),
  OAUTH_STATE_TTL_SECONDS: envInteger({ min: 60 }).default(600),
  // Calendar → availability (spec §5): calendars synced at once by one process, how far ahead events block, the
  // backstop incremental sync of every calendar (jittered ±20 %) and the full reconcile, and the shortest gap between
  // two syncs of one calendar (a burst of pushes costs one sync now and one after it).
  SYNC_CONCURRENCY: envInteger({ min: 1, max: 64 }).default(4),
  SYNC_HORIZON_DAYS: envInteger({ min: 1 }).default(365),
  SYNC_BACKSTOP_SECONDS: envInteger({ min: 5 }).default(900),
  SYNC_RECONCILE_HOURS: envInteger({ min: 1 }).default(24),
  SYNC_MIN_INTERVAL_MS: envInteger({ min: 0 }).default(1000),
  SYNC_LEASE_SECONDS: envInteger({ min: 10 }).default(30),
});
export type Config = z.infer<typeof configSchema>;

export const readConfig = (env: NodeJS.ProcessEnv): Config => loadConfig(configSchema, env);

/** `db:migrate` needs nothing but the database. */
export const readMigrationConfig = (env: NodeJS.ProcessEnv) =>
  loadConfig(z.object({ DATABASE_URL: commonEnv.DATABASE_URL }), env);
