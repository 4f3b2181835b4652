import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import pg from 'pg';
import { freePort, type PostgresServer, startPostgres } from '../src/index.ts';

// As root the server runs as `postgres`, which cannot enter a mode-0700 folder: the case of a clone under /root.
let closed: string;
let server: PostgresServer | undefined;

beforeEach(() => {
  closed = mkdtempSync(join(tmpdir(), 'calbridge-closed-'));
  chmodSync(closed, 0o700);
});

afterEach(async () => {
  await server?.stop();
  rmSync(closed, { recursive: true, force: true });
});

test('when the data folder is inside a folder only its owner may enter, then Postgres starts and answers a query', async () => {
  server = await startPostgres({ dataDir: join(closed, 'postgres'), port: await freePort(), ephemeral: true });

  expect(await answer(server.url)).toBe(42);
  expect(execFileSync('stat', ['-c', '%a', closed], { encoding: 'utf8' }).trim()).toBe('700');
}, 90_000);

test('when a start that failed there left an empty data folder, then Postgres starts anyway', async () => {
  mkdirSync(join(closed, 'postgres'));

  server = await startPostgres({ dataDir: join(closed, 'postgres'), port: await freePort(), ephemeral: true });

  expect(await answer(server.url)).toBe(42);
}, 90_000);

async function answer(url: string): Promise<number | undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ answer: number }>('SELECT 41 + 1 AS answer');
    return rows[0]?.answer;
  } finally {
    await client.end();
  }
}
