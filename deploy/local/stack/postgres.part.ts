import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { createDatabases, type PostgresServer, startPostgres } from '../../../libs/local-stack/src/index.ts';
import type { StackPart } from './stack-part.ts';

export interface PostgresPartOptions {
  dataDir: string;
  port: number;
  databases: string[];
  logsDir: string;
  log: (line: string) => void;
}

export interface PostgresPart extends StackPart {
  /** Connection URL of one database; only once the part has started. */
  urlFor(database: string): string;
}

/** The embedded Postgres, persistent across runs, with one database per service. */
export function postgresPart({ dataDir, port, databases, logsDir, log }: PostgresPartOptions): PostgresPart {
  const logFile = join(logsDir, 'postgres.log');
  let server: PostgresServer | undefined;
  let output: WriteStream | undefined;
  const urlFor = (database: string): string => {
    if (!server) throw new Error('postgres has not started');
    return server.urlFor(database);
  };

  return {
    urlFor,
    describe: () => ({
      name: 'postgres',
      address: server ? urlFor('postgres') : `127.0.0.1:${port}`,
      probe: { tcp: port },
      log: logFile,
      ports: [port],
      restarts: 0,
    }),
    async start() {
      const sink = createWriteStream(logFile, { flags: 'a' });
      output = sink;
      server = await startPostgres({ dataDir, port, logger: (line) => sink.write(`${String(line).trimEnd()}\n`) });
      const created = await createDatabases(server.url, databases);
      log(`postgres: ready on ${port}${created.length > 0 ? `; created databases ${created.join(', ')}` : ''}`);
    },
    async stop() {
      await server?.stop();
      output?.end();
    },
  };
}
