import { inTransaction } from '@calbridge/db';
import { sql } from 'kysely';
import type { ConnectorDeps } from '../connector-context.ts';
import type { Db } from '../db/db.ts';
import type { CalendarKey } from '../inbound/sync-requests.repository.ts';
import { authorizationRevoked, setIntegrationStatus } from '../integrations/integration-status.ts';
import type { OutboundOutcome } from '../outbound/outbound-outcome.ts';
import { retryDelayMs } from '../outbound/retry-delay.ts';

type Failure = Exclude<OutboundOutcome, { kind: 'done' }>;

const reauthWaitMs = 3_600_000;
const accessWaitMs = 900_000;
const refusedWaitMs = 3_600_000;

/** The link's reason while Google refuses to push: syncs still run by the backstop, only later. */
export const pushOffPrefix = 'Push notifications are off for this calendar';

export const failureReason = (failure: Failure): string => failure.reason ?? failure.kind;

/** How long until a refused or failed channel call is tried again (backoff for what may pass by itself). */
export function retryInMs(deps: Pick<ConnectorDeps, 'limiter'>, failure: Failure, attempts: number): number {
  switch (failure.kind) {
    case 'retry': {
      const delay = retryDelayMs(attempts);
      if (failure.rateLimitedPrincipal) deps.limiter.pause(failure.rateLimitedPrincipal, delay);
      return delay;
    }
    case 'paused':
      return reauthWaitMs;
    case 'access_lost':
      return accessWaitMs;
    case 'failed':
      return refusedWaitMs;
  }
}

/**
 * What a refused watch tells the partner: a dead grant is `needs_reauth` (as for bookings and syncs); any other
 * refusal (`push.webhookUrlNotHttps`, the calendar not shown) is the link's reason while its health stays what the
 * syncs find, since they read the calendar and push only speeds them up. Transient failures say nothing: the retry
 * comes soon.
 */
export async function reportWatchFailure(db: Db, key: CalendarKey, failure: Failure): Promise<void> {
  if (failure.kind === 'paused' && failure.reason === 'invalid_grant') {
    await inTransaction(db, (trx) =>
      setIntegrationStatus(trx, key.integrationId, 'needs_reauth', authorizationRevoked),
    );
  } else if (failure.kind === 'access_lost' || failure.kind === 'failed') {
    const reason = `${pushOffPrefix}: Google refused the watch (${failure.reason}).`;
    await db
      .updateTable('room_links')
      .set({ reason, updated_at: new Date() })
      .where('integration_id', '=', key.integrationId)
      .where('calendar_id', '=', key.calendarId)
      .where('health', '=', 'ok')
      .execute();
  }
}

/** A channel opened: a push refusal the link reported is over. */
export async function clearPushReason(db: Db, key: CalendarKey): Promise<void> {
  await db
    .updateTable('room_links')
    .set({ reason: null, updated_at: new Date() })
    .where('integration_id', '=', key.integrationId)
    .where('calendar_id', '=', key.calendarId)
    .where('reason', 'like', sql<string>`${`${pushOffPrefix}%`}`)
    .execute();
}
