import { setTimeout } from 'node:timers/promises';
import type { Kysely, Transaction } from 'kysely';

export interface TransactionOptions {
  isolation?: 'read committed' | 'repeatable read' | 'serializable';
  /** Extra attempts (default 5) after a serialization failure or deadlock, which Postgres expects callers to retry. */
  retries?: number;
}

/**
 * A random pause before the next attempt, up to 20 ms doubled each time (at most 320 ms): transactions that aborted
 * each other (say ten reschedules onto one slot, whose exclusion checks wait on one another) would otherwise start
 * again together and meet again, until the attempts run out and the caller gets a 500 instead of its 409.
 */
const pauseBefore = (attempt: number) => setTimeout(Math.random() * 20 * 2 ** Math.min(attempt, 4));

// https://www.postgresql.org/docs/current/mvcc-serialization-failure-handling.html
const retryable = new Set(['40001', '40P01']);

/** Runs `fn` in one transaction, retrying it whole when Postgres aborts it for a serialization failure. */
export async function inTransaction<Schema, T>(
  db: Kysely<Schema>,
  fn: (trx: Transaction<Schema>) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      const builder = db.transaction();
      return await (options.isolation ? builder.setIsolationLevel(options.isolation) : builder).execute(fn);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (!code || !retryable.has(code) || attempt >= (options.retries ?? 5)) throw error;
    }
    await pauseBefore(attempt);
  }
}
