import type { DeliveryDeps } from './delivery-deps.ts';
import type { DeliveryOutcome } from './delivery-outcome.ts';
import { type ClaimedNotification, markFailed, retryLater } from './delivery-queue.repository.ts';
import { retryDelayMs } from './retry-delay.ts';

/**
 * Records how an attempt went: sent; failed at once when it can never work; otherwise due again after a backoff,
 * unless that falls past NOTIFICATION_RETRY_FOR_MS after the notification was made, when it fails with the reason.
 */
export async function settleDelivery(
  deps: DeliveryDeps,
  notification: ClaimedNotification,
  outcome: DeliveryOutcome,
): Promise<void> {
  const { config, db } = deps;
  const { channel } = notification;
  if (outcome.ok) {
    await deps.recordSent(notification.id);
    deps.deliveries.inc({ channel, status: 'sent' });
    return;
  }
  const delayMs = retryDelayMs(notification.attempts, {
    baseMs: config.NOTIFICATION_RETRY_BASE_MS,
    maxMs: config.NOTIFICATION_RETRY_MAX_MS,
  });
  const giveUpAt = notification.created_at.getTime() + config.NOTIFICATION_RETRY_FOR_MS;
  if (outcome.permanent || Date.now() + delayMs > giveUpAt) {
    const after = outcome.permanent ? '' : `gave up after ${notification.attempts} attempts: `;
    await markFailed(db, notification.id, `${after}${outcome.reason}`);
    deps.deliveries.inc({ channel, status: 'failed' });
    // The reason may quote a customer's address back (a mail server's refusal): it stays in the log the partner reads.
    deps.logger.warn({ notificationId: notification.id, channel }, 'notification failed');
    return;
  }
  await retryLater(db, notification.id, delayMs, outcome.reason);
  deps.deliveries.inc({ channel, status: 'retry' });
}
