import { inTransaction } from '@calbridge/db';
import { deadLetterLater } from '@calbridge/messaging';
import type { ConnectorDeps } from '../connector-context.ts';
import { authorizationRevoked, setIntegrationStatus } from '../integrations/integration-status.ts';
import { markCalendarAccessLost } from '../links/calendar-access-lost.ts';
import { serviceName } from '../service-name.ts';
import type { OutboundOutcome } from './outbound-outcome.ts';
import { type ClaimedWork, finishWritten, retryWorkAfter, setWorkAside } from './outbound-work.repository.ts';
import { retryDelayMs } from './retry-delay.ts';

const reauthWaitMs = 3_600_000;
const accessWaitMs = 900_000;

type Deps = Pick<ConnectorDeps, 'db' | 'producer' | 'limiter' | 'config' | 'logger'>;

/** Records what became of a booking's turn: the event written, or when to try again, or why it was given up. */
export async function settleOutcome(deps: Deps, work: ClaimedWork, outcome: OutboundOutcome): Promise<void> {
  const { db } = deps;
  switch (outcome.kind) {
    case 'done':
      return finishWritten(db, work, outcome.written);
    case 'paused':
      // Nothing is dropped: re-authorization queues the integration's work again (queueIntegrationBookings).
      return inTransaction(db, async (trx) => {
        if (outcome.reason === 'invalid_grant')
          await setIntegrationStatus(trx, outcome.integrationId, 'needs_reauth', authorizationRevoked);
        await retryWorkAfter(trx, work, reauthWaitMs, { countAttempt: false, error: outcome.reason });
      });
    case 'access_lost':
      return inTransaction(db, async (trx) => {
        await markCalendarAccessLost(trx, outcome.integrationId, outcome.calendarId, outcome.reason);
        await retryWorkAfter(trx, work, accessWaitMs, { countAttempt: false, error: outcome.reason });
      });
    case 'retry': {
      if (work.attempts + 1 >= deps.config.OUTBOUND_MAX_ATTEMPTS) return giveUp(deps, work, outcome);
      const delay = retryDelayMs(work.attempts);
      if (outcome.rateLimitedPrincipal) deps.limiter.pause(outcome.rateLimitedPrincipal, delay);
      return retryWorkAfter(db, work, delay, { error: outcome.reason });
    }
    case 'failed':
      return giveUp(deps, work, outcome);
  }
}

/** The change goes to the dead-letter topic with the reason, and the partner sees `error` on the integration. */
async function giveUp(
  deps: Deps,
  work: ClaimedWork,
  outcome: { integrationId: string; reason: string },
): Promise<void> {
  const reason = `Google refused booking ${work.booking_id} after ${work.attempts + 1} attempts: ${outcome.reason}`;
  deps.logger.warn(
    { bookingId: work.booking_id, integrationId: outcome.integrationId, reason },
    'outbound change given up',
  );
  await inTransaction(deps.db, async (trx) => {
    await setWorkAside(trx, work, outcome.reason);
    await setIntegrationStatus(trx, outcome.integrationId, 'error', reason);
  });
  if (work.trigger_event) {
    const { message, eventId } = work.trigger_event;
    await deadLetterLater(deps.producer, deps.db, { message, eventId, groupId: serviceName, reason });
  }
}
