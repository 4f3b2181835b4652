import { queueWorker, type ServiceDeps } from '@calbridge/runtime';
import type { Config } from '../config.ts';
import { type ConnectorDeps, connectorDeps } from '../connector-context.ts';
import type { Database } from '../db/database.ts';
import { syncCalendar } from './calendar-sync.ts';
import { type ClaimedSync, claimDueSyncs, extendSyncLeases } from './sync-claim.repository.ts';

/**
 * Reads Google calendars into EventChanged (ADR 0009): up to SYNC_CONCURRENCY calendars at once per process, each
 * claimed with SKIP LOCKED and a lease, so several connector replicas share the calendars with no leader.
 */
export const syncWorker = queueWorker<ServiceDeps<Config, Database>, ConnectorDeps, ClaimedSync>({
  name: 'sync worker',
  open: connectorDeps,
  queue: (deps) => ({
    concurrency: deps.config.SYNC_CONCURRENCY,
    logger: deps.logger,
    claim: (limit) => claimDueSyncs(deps.db, limit, deps.config.SYNC_LEASE_SECONDS),
    work: (sync) => syncCalendar(deps, sync),
    keepLeases: {
      everyMs: (deps.config.SYNC_LEASE_SECONDS * 1000) / 3,
      extend: (syncs) => extendSyncLeases(deps.db, syncs, deps.config.SYNC_LEASE_SECONDS),
    },
  }),
});
