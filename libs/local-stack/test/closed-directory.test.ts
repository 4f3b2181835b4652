import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import pg from 'pg';
import { freePort, type PostgresServer, startPostgres } from '../src/index.ts';

// As root the server runs as `postgres`, which cannot enter a mode-0700 folder: the case of a clone under /root.
const closed = mkdtempSync(join(tmpdir(), 'calbridge-closed-'));
chmodSync(closed, 0o700);
let server: PostgresServer | undefined;

afterAll(async () => {
  await server?.stop();
  rmSync(closed, { recursive: true, force: true });
});

test('when the data folder is inside a folder only its owner may enter, then Postgres starts and answers a query', async () => {
  server = await startPostgres({ dataDir: join(closed, 'postgres'), port: await freePort(), ephemeral: true });

  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  const { rows } = await client.query<{ answer: number }>('SELECT 41 + 1 AS answer');
  await client.end();
  expect(rows).toEqual([{ answer: 42 }]);
  expect(execFileSync('stat', ['-c', '%a', closed], { encoding: 'utf8' }).trim()).toBe('700');
}, 90_000);
