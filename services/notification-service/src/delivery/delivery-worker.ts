import { queueWorker, type ServiceDeps } from '@calbridge/runtime';
import type { Config } from '../config.ts';
import { loadMessageFacts, type MessageFacts } from '../content/message-facts.ts';
import type { Database } from '../db/database.ts';
import { type DeliveryDeps, openDeliveryDeps } from './delivery-deps.ts';
import {
  type ClaimedNotification,
  claimDueNotifications,
  extendNotificationLeases,
} from './delivery-queue.repository.ts';
import { sendNotification } from './send-notification.ts';
import { settleDelivery } from './settle-delivery.ts';

/** Sends due notifications from their rows; retries due later are rows that survive a restart, not timers. */
export const deliveryWorker = queueWorker<
  ServiceDeps<Config, Database>,
  DeliveryDeps,
  ClaimedNotification,
  MessageFacts
>({
  name: 'delivery worker',
  open: openDeliveryDeps,
  queue: (deps) => ({
    concurrency: deps.config.NOTIFICATION_CONCURRENCY,
    // Claims are writes (a commit each): taken in halves of the limit rather than one per finished send.
    claimBelow: Math.max(1, Math.floor(deps.config.NOTIFICATION_CONCURRENCY / 2) + 1),
    logger: deps.logger,
    claim: (limit) => claimDueNotifications(deps.db, limit, deps.config.NOTIFICATION_LEASE_SECONDS),
    // The rooms and bookings the claimed notifications name, read once for all of them.
    prepare: (claimed) => loadMessageFacts(deps.db, claimed),
    work: async (notification, facts) =>
      settleDelivery(deps, notification, await sendNotification(deps, facts, notification)),
    // A send slower than the lease (a slow SMTP server) keeps its row, so no second worker sends it meanwhile.
    keepLeases: {
      everyMs: (deps.config.NOTIFICATION_LEASE_SECONDS * 1000) / 3,
      extend: (claimed) => extendNotificationLeases(deps.db, claimed, deps.config.NOTIFICATION_LEASE_SECONDS),
    },
  }),
  close: async (deps) => {
    deps.email.close();
    await deps.webhook.close();
  },
});
