import { setTimeout } from 'node:timers/promises';
import type { BackgroundWorker, ServiceDeps } from '@calbridge/runtime';
import type { Config } from '../config.ts';
import { loadMessageFacts, type MessageFacts } from '../content/message-facts.ts';
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
      // Claims are writes (a commit each): taken in halves of the limit rather than one per finished send.
      if (inFlight.size <= limit / 2)
        claimed = await claimDueNotifications(deps.db, limit - inFlight.size, deps.config.NOTIFICATION_LEASE_SECONDS);
    } catch (error) {
      deps.logger.warn({ err: error }, 'delivery worker could not read its queue; trying again');
    }
    const facts = await factsFor(deps, claimed);
    for (const notification of claimed) {
      if (!facts) break;
      const turn = deliver(deps, facts, notification).finally(() => inFlight.delete(turn));
      inFlight.add(turn);
    }
    if (claimed.length === 0 || inFlight.size > limit / 2) {
      await Promise.race([setTimeout(idlePollMs, undefined, { signal }).catch(() => undefined), ...inFlight]);
    }
  }
  await Promise.allSettled(inFlight);
}

/** The rooms and bookings the claimed notifications name, read once for all of them. */
async function factsFor(deps: DeliveryDeps, claimed: ClaimedNotification[]): Promise<MessageFacts | undefined> {
  if (claimed.length === 0) return undefined;
  try {
    return await loadMessageFacts(deps.db, claimed);
  } catch (error) {
    deps.logger.warn(
      { err: error },
      'delivery worker could not read what its messages name; they come back after their lease',
    );
    return undefined;
  }
}

async function deliver(deps: DeliveryDeps, facts: MessageFacts, notification: ClaimedNotification): Promise<void> {
  try {
    const outcome = await sendNotification(deps, facts, notification);
    await settleDelivery(deps, notification, outcome);
  } catch (error) {
    // The database is away, say: the lease runs out and the row comes back, nothing is lost.
    deps.logger.warn(
      { err: error, notificationId: notification.id },
      'notification not settled; it comes back after its lease',
    );
  }
}
