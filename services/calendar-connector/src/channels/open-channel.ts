import { randomUUID } from 'node:crypto';
import { inTransaction } from '@calbridge/db';
import type { ConnectorDeps } from '../connector-context.ts';
import type { CalendarKey } from '../inbound/sync-requests.repository.ts';
import { findIntegration } from '../integrations/integration.repository.ts';
import { clearPushReason, failureReason, reportWatchFailure, retryInMs } from './channel-failure.ts';
import { watchCalendar } from './channel-google.ts';
import { newChannelToken } from './channel-token.ts';
import { insertOpeningChannel, recordOpened, settleChannel, type WatchChannelRow } from './watch-channel.repository.ts';
import { refreshLinkChannelExpiry } from './watched-calendars.repository.ts';

export const channelLeaseSeconds = 60;

/** Renewal falls due when less than WATCH_RENEW_BEFORE_SECONDS or a fifth of the channel's life is left. */
export function renewalTime(expiresAt: Date, openedAt: Date, renewBeforeSeconds: number): Date {
  const lifetime = expiresAt.getTime() - openedAt.getTime();
  return new Date(expiresAt.getTime() - Math.max(renewBeforeSeconds * 1000, lifetime / 5));
}

/**
 * Opens a channel on a watched calendar: the row first (Google's `sync` may beat its answer), then events.watch.
 * `renewing` is the open channel it replaces, superseded (then stopped) only once the new one is open; `retrying` is
 * an earlier watch that failed. Nothing happens when the calendar already has a channel on the way.
 */
export async function openChannel(
  deps: ConnectorDeps,
  key: CalendarKey,
  previous: { renewing?: WatchChannelRow; retrying?: WatchChannelRow } = {},
): Promise<void> {
  const { db } = deps;
  const earlier = previous.renewing ?? previous.retrying;
  const id = randomUUID();
  const { token, hash } = newChannelToken();
  const inserted = await inTransaction(db, (trx) =>
    insertOpeningChannel(trx, {
      ...key,
      id,
      tokenHash: hash,
      attempts: earlier?.attempts ?? 0,
      leaseSeconds: channelLeaseSeconds,
      replaces: previous.retrying?.id,
    }),
  );
  if (!inserted) {
    if (previous.renewing) await settleChannel(db, previous.renewing.id, {});
    return;
  }
  const integration = await findIntegration(db, undefined, key.integrationId);
  if (!integration) return settleChannel(db, id, { state: 'stopped', error: 'integration deleted' });
  const openedAt = new Date();
  const outcome = await watchCalendar(deps, db, integration, key.calendarId, { id, token });
  if (outcome.kind === 'opened') {
    const renewAt = renewalTime(outcome.expiresAt, openedAt, deps.config.WATCH_RENEW_BEFORE_SECONDS);
    await inTransaction(db, async (trx) => {
      await recordOpened(trx, { id, resourceId: outcome.resourceId, expiresAt: outcome.expiresAt, renewAt });
      await refreshLinkChannelExpiry(trx, key);
      await clearPushReason(trx, key);
    });
    return;
  }
  const error = failureReason(outcome);
  deps.logger.warn({ ...key, channelId: id, kind: outcome.kind, reason: error }, 'watch channel not opened');
  const retry = { retryInMs: retryInMs(deps, outcome, earlier?.attempts ?? 0), error, countAttempt: true };
  if (previous.renewing) {
    // The old channel still pushes until it expires; the renewal is what is retried.
    await settleChannel(db, id, { state: 'stopped', error });
    await settleChannel(db, previous.renewing.id, retry);
  } else {
    await settleChannel(db, id, retry);
  }
  await reportWatchFailure(db, key, outcome);
}
