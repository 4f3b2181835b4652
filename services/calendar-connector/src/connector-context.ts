import type { ServiceDeps } from '@calbridge/runtime';
import { Counter, Histogram } from 'prom-client';
import type { Config } from './config.ts';
import { createTokenCipher, type TokenCipher } from './credentials/token-cipher.ts';
import type { Database } from './db/database.ts';
import { createGoogleAccess, type GoogleAccess } from './google/google-access.ts';
import { createGoogleCalls, type GoogleCalls } from './google/google-calls.ts';
import { createGoogleLimiter, type GoogleLimiter } from './google/google-limiter.ts';
import { createGoogleSessions, type GoogleSessions } from './google/google-sessions.ts';
import { createSyncMetrics, type SyncMetrics } from './inbound/sync-metrics.ts';

/** What the connector's routes and workers share beyond the service deps: Google access, its limits, the key. */
export interface ConnectorDeps extends ServiceDeps<Config, Database> {
  google: GoogleAccess;
  cipher: TokenCipher;
  sessions: GoogleSessions;
  limiter: GoogleLimiter;
  /** Every Calendar API call: through the limiter, counted by method and status. */
  callGoogle: GoogleCalls;
  syncMetrics: SyncMetrics;
}

/** Built once per running service: the HTTP app and the outbound worker must share one limiter and one key ring. */
const built = new WeakMap<ServiceDeps<Config, Database>, ConnectorDeps>();

export function connectorDeps(deps: ServiceDeps<Config, Database>): ConnectorDeps {
  const existing = built.get(deps);
  if (existing) return existing;
  const google = createGoogleAccess(deps.config);
  const cipher = createTokenCipher(deps.config);
  const waited = new Histogram({
    name: 'connector_google_limiter_wait_seconds',
    help: 'Time a Google call waited for the quota limiter, by quota (user or project)',
    labelNames: ['scope'] as const,
    buckets: [0.001, 0.01, 0.1, 0.5, 1, 5, 15, 60],
    registers: [deps.metricsRegistry],
  });
  const calls = new Counter({
    name: 'connector_google_calls_total',
    help: 'Google Calendar API calls by method and answer (2xx, an error status, or network)',
    labelNames: ['method', 'status'] as const,
    registers: [deps.metricsRegistry],
  });
  const limiter = createGoogleLimiter(deps.config, waited);
  const connector = {
    ...deps,
    google,
    cipher,
    sessions: createGoogleSessions(google, cipher),
    limiter,
    callGoogle: createGoogleCalls(limiter, calls),
    syncMetrics: createSyncMetrics(deps.db, deps.metricsRegistry),
  };
  built.set(deps, connector);
  return connector;
}
