import { setTimeout } from 'node:timers/promises';
import type { Logger } from '@calbridge/logging';
import type { BackgroundWorker } from './service-definition.ts';

/**
 * A table used as a work queue: rows claimed with `FOR UPDATE SKIP LOCKED` and a lease, so replicas share it and a
 * dead worker's rows come back; retries due later are rows too, so they survive restarts.
 */
export interface ClaimedWorkQueue<Item, Batch> {
  /** Items at work at once in one process. */
  concurrency: number;
  /** Claims start again once no more than this many are at work (claims are commits: not one per finished item). */
  claimBelow?: number;
  logger: Logger;
  /** Claims up to `limit` due items. */
  claim(limit: number): Promise<Item[]>;
  /** What a claimed batch needs read once for all its items (the rooms its messages name, say). */
  prepare?(items: Item[]): Promise<Batch>;
  /** Works one item and settles its row; a failure leaves the row to come back after its lease. */
  work(item: Item, batch: Batch): Promise<void>;
  /**
   * Renews the leases of the items still at work every `everyMs`: a lease can then be short, so a killed worker's
   * items come back within one short lease, while a long item keeps its own for as long as its worker lives.
   */
  keepLeases?: { everyMs: number; extend(items: Item[]): Promise<void> };
}

const idlePollMs = 100;

/** A background worker that works a claimed queue until the service stops, finishing what it holds. */
export function queueWorker<Deps, Own, Item, Batch = undefined>(definition: {
  name: string;
  /** The worker's own dependencies, made from the service's at start. */
  open(deps: Deps): Own;
  queue(own: Own): ClaimedWorkQueue<Item, Batch>;
  close?(own: Own): Promise<void> | void;
}): BackgroundWorker<Deps> {
  return {
    name: definition.name,
    start(deps) {
      const own = definition.open(deps);
      const controller = new AbortController();
      const running = workQueue(definition.name, definition.queue(own), controller.signal);
      return {
        stop: async () => {
          controller.abort();
          await running;
          await definition.close?.(own);
        },
      };
    },
  };
}

async function workQueue<Item, Batch>(name: string, queue: ClaimedWorkQueue<Item, Batch>, signal: AbortSignal) {
  const { concurrency, logger } = queue;
  const claimBelow = queue.claimBelow ?? concurrency;
  const inFlight = new Set<Promise<void>>();
  const working = new Set<Item>();
  const renewal =
    queue.keepLeases && setInterval(() => renewLeases(name, queue, [...working]), queue.keepLeases.everyMs);
  while (!signal.aborted) {
    let claimed: Item[] = [];
    let batch: Batch | undefined;
    try {
      if (inFlight.size < claimBelow) claimed = await queue.claim(concurrency - inFlight.size);
      if (claimed.length > 0) batch = (await queue.prepare?.(claimed)) as Batch;
    } catch (error) {
      // Nothing is lost: what was claimed comes back after its lease.
      logger.warn({ err: error, worker: name }, 'queue worker could not read its queue; trying again');
      claimed = [];
    }
    for (const item of claimed) {
      working.add(item);
      const turn = queue
        .work(item, batch as Batch)
        .catch((error: unknown) =>
          logger.warn({ err: error, worker: name }, 'item not settled; it comes back after its lease'),
        )
        .finally(() => {
          inFlight.delete(turn);
          working.delete(item);
        });
      inFlight.add(turn);
    }
    if (claimed.length === 0 || inFlight.size >= claimBelow) {
      await Promise.race([setTimeout(idlePollMs, undefined, { signal }).catch(() => undefined), ...inFlight]);
    }
  }
  await Promise.allSettled(inFlight);
  clearInterval(renewal);
}

function renewLeases<Item, Batch>(name: string, queue: ClaimedWorkQueue<Item, Batch>, items: Item[]): void {
  if (items.length === 0) return;
  // A renewal that fails is retried on the next tick; should the lease run out meanwhile, the item's own settling
  // is conditional on the lease (or idempotent), so another worker taking it over is safe.
  queue.keepLeases?.extend(items).catch((error: unknown) => {
    queue.logger.warn({ err: error, worker: name }, 'could not renew the leases of the items at work');
  });
}
