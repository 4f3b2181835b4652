import { setTimeout } from 'node:timers/promises';
import type { BackgroundWorker, ServiceDeps } from '@calbridge/runtime';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { type DeliveryDeps, openDeliveryDeps } from './delivery-deps.ts';
import { type ClaimedNotification, claimDueNotifications } from './delivery-queue.repository.ts';
import { sendNotification } from './send-notification.ts';
import { settleDelivery } from './settle-delivery.ts';

const idlePollMs = 100;

/**
 * Sends due notifications from their rows: claimed with `FOR UPDATE SKIP LOCKED` and a lease, so replicas share the
 * queue and never hold one row at once, and retries due later are rows that survive a restart, not timers.
 */
export const deliveryWorker: BackgroundWorker<ServiceDeps<Config, Database>> = {
  name: 'delivery worker',
  start(serviceDeps) {
    const deps = openDeliveryDeps(serviceDeps);
    const controller = new AbortController();
    const running = loop(deps, controller.signal);
    return {
      stop: async () => {
        controller.abort();
        await running;
        deps.email.close();
        await deps.webhook.close();
      },
    };
  },
};

async function loop(deps: DeliveryDeps, signal: AbortSignal): Promise<void> {
  const limit = deps.config.NOTIFICATION_CONCURRENCY;
  const inFlight = new Set<Promise<void>>();
  while (!signal.aborted) {
    let claimed: ClaimedNotification[] = [];
    try {
      if (inFlight.size < limit)
        claimed = await claimDueNotifications(deps.db, limit - inFlight.size, deps.config.NOTIFICATION_LEASE_SECONDS);
    } catch (error) {
      deps.logger.warn({ err: error }, 'delivery worker could not read its queue; trying again');
    }
    for (const notification of claimed) {
      const turn = deliver(deps, notification).finally(() => inFlight.delete(turn));
      inFlight.add(turn);
    }
    if (claimed.length === 0 || inFlight.size >= limit) {
      await Promise.race([setTimeout(idlePollMs, undefined, { signal }).catch(() => undefined), ...inFlight]);
    }
  }
  await Promise.allSettled(inFlight);
}

async function deliver(deps: DeliveryDeps, notification: ClaimedNotification): Promise<void> {
  try {
    const outcome = await sendNotification(deps, notification);
    await settleDelivery(deps, notification, outcome);
  } catch (error) {
    // The database is away, say: the lease runs out and the row comes back, nothing is lost.
    deps.logger.warn(
      { err: error, notificationId: notification.id },
      'notification not settled; it comes back after its lease',
    );
  }
}
