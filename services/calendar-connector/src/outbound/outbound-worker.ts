import { queueWorker, type ServiceDeps } from '@calbridge/runtime';
import type { Config } from '../config.ts';
import { type ConnectorDeps, connectorDeps } from '../connector-context.ts';
import type { Database } from '../db/database.ts';
import { carryOutPlan } from './carry-out-plan.ts';
import { planOutbound } from './outbound-plan.ts';
import { type ClaimedWork, claimDueWork, extendWorkLeases } from './outbound-work.repository.ts';
import { settleOutcome } from './settle-outcome.ts';

/**
 * Brings bookings' Google events in line with the bookings, from the outbound queue (ADR 0007): up to
 * OUTBOUND_CONCURRENCY bookings are at Google at once, each waiting its turn in the quota limiter.
 */
export const outboundWorker = queueWorker<ServiceDeps<Config, Database>, ConnectorDeps, ClaimedWork>({
  name: 'outbound worker',
  open: connectorDeps,
  queue: (deps) => ({
    concurrency: deps.config.OUTBOUND_CONCURRENCY,
    logger: deps.logger,
    claim: (limit) => claimDueWork(deps.db, limit, deps.config.OUTBOUND_LEASE_SECONDS),
    work: async (work) => {
      const plan = await planOutbound(deps.db, work.booking_id);
      await settleOutcome(deps, work, await carryOutPlan(deps, deps.db, plan));
    },
    keepLeases: {
      everyMs: (deps.config.OUTBOUND_LEASE_SECONDS * 1000) / 3,
      extend: (work) => extendWorkLeases(deps.db, work, deps.config.OUTBOUND_LEASE_SECONDS),
    },
  }),
});
