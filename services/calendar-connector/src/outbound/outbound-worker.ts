import { setTimeout } from 'node:timers/promises';
import type { BackgroundWorker, ServiceDeps } from '@calbridge/runtime';
import type { Config } from '../config.ts';
import { type ConnectorDeps, connectorDeps } from '../connector-context.ts';
import type { Database } from '../db/database.ts';
import { carryOutPlan } from './carry-out-plan.ts';
import { planOutbound } from './outbound-plan.ts';
import { type ClaimedWork, claimDueWork } from './outbound-work.repository.ts';
import { settleOutcome } from './settle-outcome.ts';

const idlePollMs = 200;

/**
 * Brings bookings' Google events in line with the bookings, from the outbound queue. Rows are claimed with
 * `FOR UPDATE SKIP LOCKED` and a lease, so replicas share the queue and a crashed worker's rows come back; up to
 * OUTBOUND_CONCURRENCY bookings are at Google at once, each waiting its turn in the quota limiter.
 */
export const outboundWorker: BackgroundWorker<ServiceDeps<Config, Database>> = {
  name: 'outbound worker',
  start(serviceDeps) {
    const deps = connectorDeps(serviceDeps);
    const controller = new AbortController();
    const running = loop(deps, controller.signal);
    return {
      stop: async () => {
        controller.abort();
        await running;
      },
    };
  },
};

async function loop(deps: ConnectorDeps, signal: AbortSignal): Promise<void> {
  const limit = deps.config.OUTBOUND_CONCURRENCY;
  const inFlight = new Set<Promise<void>>();
  while (!signal.aborted) {
    let claimed: ClaimedWork[] = [];
    try {
      if (inFlight.size < limit)
        claimed = await claimDueWork(deps.db, limit - inFlight.size, deps.config.OUTBOUND_LEASE_SECONDS);
    } catch (error) {
      deps.logger.warn({ err: error }, 'outbound worker could not read its queue; trying again');
    }
    for (const work of claimed) {
      const turn = processWork(deps, work).finally(() => inFlight.delete(turn));
      inFlight.add(turn);
    }
    if (claimed.length === 0 || inFlight.size >= limit) {
      await Promise.race([setTimeout(idlePollMs, undefined, { signal }).catch(() => undefined), ...inFlight]);
    }
  }
  await Promise.allSettled(inFlight);
}

async function processWork(deps: ConnectorDeps, work: ClaimedWork): Promise<void> {
  try {
    const plan = await planOutbound(deps.db, work.booking_id);
    const outcome = await carryOutPlan(deps, deps.db, plan);
    await settleOutcome(deps, work, outcome);
  } catch (error) {
    // The database is away, say: the lease runs out and the row comes back, nothing is lost.
    deps.logger.warn(
      { err: error, bookingId: work.booking_id },
      'outbound change not settled; it comes back after its lease',
    );
  }
}
