import { inTransaction } from '@calbridge/db';
import type { ConnectorDeps } from '../connector-context.ts';
import {
  type GoogleError,
  isAccessLost,
  isInvalidGrant,
  isRateLimited,
  isTransient,
  readGoogleError,
} from '../google/google-error.ts';
import type { GoogleSession } from '../google/google-sessions.ts';
import { authorizationRevoked, setIntegrationStatus } from '../integrations/integration-status.ts';
import { markCalendarAccessLost } from '../links/calendar-access-lost.ts';
import { recordLinksRefused } from '../links/link-sync-health.ts';
import { failManualSyncs } from '../manual-sync/manual-sync-progress.ts';
import { retryDelayMs } from '../outbound/retry-delay.ts';
import { listCalendarChanges } from './calendar-listing.ts';
import { type ReadCalendar, recordSync } from './record-sync.ts';
import { type ClaimedSync, retrySyncAfter, SyncLeaseLost } from './sync-claim.repository.ts';
import type { SyncOutcome } from './sync-metrics.ts';

type Deps = Pick<ConnectorDeps, 'db' | 'sessions' | 'callGoogle' | 'limiter' | 'config' | 'logger' | 'syncMetrics'>;

const dayMs = 86_400_000;
const waitForPartnerMs = 3_600_000;
const accessWaitMs = 900_000;
const refusalsBeforeError = 3;

/**
 * One sync of one calendar: read every change since the stored token (or everything, when there is none, Google
 * forgot it, or a full reconcile is due), then record it with the events it causes in one transaction.
 */
export async function syncCalendar(deps: Deps, sync: ClaimedSync): Promise<void> {
  const integration = await deps.db
    .selectFrom('integrations')
    .select(['id', 'partner_id', 'auth', 'google_account', 'status'])
    .where('id', '=', sync.integration_id)
    .executeTakeFirstOrThrow();
  const session = await deps.sessions.forIntegration(deps.db, integration);
  if (!session) return retrySyncAfter(deps.db, sync, waitForPartnerMs, 'no Google credentials');
  const now = Date.now();
  const horizon = { from: new Date(now - dayMs), to: new Date(now + deps.config.SYNC_HORIZON_DAYS * dayMs) };
  let read: ReadCalendar;
  try {
    read = await readCalendar(deps, session, sync, horizon);
  } catch (error) {
    const outcome = await settleFailure(deps, sync, session, readGoogleError(error));
    deps.syncMetrics.synced(sync.full_requested || !sync.sync_token ? 'full' : 'incremental', outcome);
    return;
  }
  const kind = read.full ? 'full' : 'incremental';
  try {
    const caused = await inTransaction(deps.db, (trx) =>
      recordSync(trx, sync, read, {
        horizonEnd: horizon.to,
        readStartedAt: new Date(now),
        minIntervalMs: deps.config.SYNC_MIN_INTERVAL_MS,
        partnerId: integration.partner_id,
      }),
    );
    deps.syncMetrics.synced(kind, 'ok');
    deps.syncMetrics.caused(caused.published, caused.restored);
  } catch (error) {
    if (!(error instanceof SyncLeaseLost)) throw error;
    deps.syncMetrics.synced(kind, 'lease_lost');
    deps.logger.info({ calendarId: sync.calendar_id }, error.message);
  }
}

async function readCalendar(
  deps: Deps,
  session: GoogleSession,
  sync: ClaimedSync,
  horizon: { from: Date; to: Date },
): Promise<ReadCalendar> {
  const incremental = sync.sync_token && !sync.full_requested ? sync.sync_token : null;
  const listing = await listCalendarChanges(deps, session, sync.calendar_id, incremental, horizon);
  if (listing.kind === 'listed') return { ...listing, full: incremental === null };
  // Google forgot the token (reference §2.4): everything again, and what vanished meanwhile is released.
  deps.logger.info({ calendarId: sync.calendar_id }, 'sync token expired; full sync');
  const full = await listCalendarChanges(deps, session, sync.calendar_id, null, horizon);
  if (full.kind !== 'listed') throw new Error('a full sync has no token to expire');
  return { ...full, full: true };
}

async function settleFailure(
  deps: Deps,
  sync: ClaimedSync,
  session: GoogleSession,
  failure: GoogleError,
): Promise<SyncOutcome> {
  const answer = `${failure.status ?? 'network'} ${failure.reason ?? ''}: ${failure.message}`;
  const key = { integrationId: sync.integration_id, calendarId: sync.calendar_id };
  if (failure.status === 401) deps.sessions.forget(sync.integration_id);
  if (isInvalidGrant(failure)) {
    // Work pauses; re-authorization asks for a full sync of every calendar (spec §5 "Credentials and health").
    await inTransaction(deps.db, async (trx) => {
      await setIntegrationStatus(trx, sync.integration_id, 'needs_reauth', authorizationRevoked);
      await failManualSyncs(trx, key, 'Google authorization revoked');
      await retrySyncAfter(trx, sync, waitForPartnerMs, answer);
    });
    return 'needs_reauth';
  }
  if (isRateLimited(failure)) deps.limiter.pause(session.principal, retryDelayMs(sync.attempts));
  if (isRateLimited(failure) || isTransient(failure) || failure.status === 401) {
    await retrySyncAfter(deps.db, sync, retryDelayMs(sync.attempts), answer);
    return 'retry';
  }
  if (isAccessLost(failure)) {
    await inTransaction(deps.db, async (trx) => {
      await markCalendarAccessLost(trx, sync.integration_id, sync.calendar_id, answer);
      await failManualSyncs(trx, key, `calendar not accessible: ${answer}`);
      await retrySyncAfter(trx, sync, accessWaitMs, answer);
    });
    return 'access_lost';
  }
  deps.logger.warn({ calendarId: sync.calendar_id, integrationId: sync.integration_id, answer }, 'sync refused');
  // Refused three times running: the link says so (spec §4 health `error`), until a sync works again.
  if (sync.attempts + 1 >= refusalsBeforeError) await recordLinksRefused(deps.db, key, answer);
  await retrySyncAfter(deps.db, sync, retryDelayMs(sync.attempts), answer);
  return 'refused';
}
