import { join } from 'node:path';
import { createDatabases, type PostgresServer, startPostgres } from '../../../libs/local-stack/src/index.ts';
import type { StackPart } from './stack-part.ts';
import { superviseProcess } from './supervised-process.ts';

export interface PostgresPartOptions {
  dataDir: string;
  port: number;
  databases: string[];
  logsDir: string;
  log: (line: string) => void;
  onChange: () => void;
}

export interface PostgresPart extends StackPart {
  /** Connection URL of one database; only once the part has started. */
  urlFor(database: string): string;
}

/** The embedded Postgres, persistent across runs, with one database per service, restarted whenever it dies. */
export function postgresPart({ dataDir, port, databases, logsDir, log, onChange }: PostgresPartOptions): PostgresPart {
  const logFile = join(logsDir, 'postgres.log');
  let server: PostgresServer | undefined;
  const urlFor = (database: string): string => {
    if (!server) throw new Error('postgres has not started');
    return server.urlFor(database);
  };
  const supervised = superviseProcess(
    'postgres',
    async (signal) => {
      const started = await startPostgres({ dataDir, port, logFile, signal });
      try {
        const created = await createDatabases(started.url, databases);
        log(`postgres: ready on ${port}${created.length > 0 ? `; created databases ${created.join(', ')}` : ''}`);
      } catch (error) {
        await started.stop();
        throw error;
      }
      server = started;
      return started;
    },
    log,
    onChange,
  );

  return {
    urlFor,
    describe: () => ({
      name: 'postgres',
      address: server ? urlFor('postgres') : `127.0.0.1:${port}`,
      probe: { tcp: port },
      log: logFile,
      ports: [port],
      ...supervised.status(),
    }),
    start: () => supervised.start(),
    stop: () => supervised.stop(),
  };
}
