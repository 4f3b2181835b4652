import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PreparingClient } from './prepared-statements.ts';

export interface DatabaseOptions {
  url: string;
  poolSize?: number;
  applicationName?: string;
  /** Told when an idle pooled connection breaks (a restart, a failover, a dropped database). */
  onIdleError?: (error: Error) => void;
  /** Longest a statement may run; 30 s unless set. */
  statementTimeoutMs?: number;
  /** Longest a statement may wait for a lock; 10 s unless set. */
  lockTimeoutMs?: number;
  /** Longest a transaction may sit idle before Postgres ends its session; 60 s unless set. */
  idleInTransactionTimeoutMs?: number;
}

/** A kysely instance over a pg pool. `db.destroy()` ends the pool. */
export function createDatabase<Schema>(options: DatabaseOptions): Kysely<Schema> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    // Sends the statements marked by prepared() as named statements, parsed once per connection.
    Client: PreparingClient,
    application_name: options.applicationName,
    // A connection that cannot be had in time is an error the caller sees, not a request that hangs.
    connectionTimeoutMillis: 5_000,
    // Sent as session settings at connect, so no query, lock wait or forgotten transaction holds a connection (and
    // the rows it locked) forever; the caller gets an error it can retry or report instead.
    statement_timeout: options.statementTimeoutMs ?? 30_000,
    lock_timeout: options.lockTimeoutMs ?? 10_000,
    idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs ?? 60_000,
  });
  // pg emits errors of idle connections on the pool; unheard, they would end the process. The pool has already
  // dropped the broken connection, and the next query opens a new one.
  pool.on('error', options.onIdleError ?? (() => {}));
  return new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
}
