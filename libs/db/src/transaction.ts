import type { Kysely, Transaction } from 'kysely';

export interface TransactionOptions {
  isolation?: 'read committed' | 'repeatable read' | 'serializable';
  /** Extra attempts after a serialization failure or deadlock, which Postgres expects callers to retry. */
  retries?: number;
}

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
      if (!code || !retryable.has(code) || attempt >= (options.retries ?? 3)) throw error;
    }
  }
}
