import { createTestDatabase, type TestDatabase } from '@calbridge/testkit';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type Kysely, sql } from 'kysely';
import { createDatabase } from '../src/index.ts';

let testDb: TestDatabase;
// biome-ignore lint/suspicious/noExplicitAny: raw SQL on a table of this test
let db: Kysely<any>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = createDatabase({ url: testDb.url, lockTimeoutMs: 300 });
  await sql`create table slot (id integer primary key)`.execute(db);
  await sql`insert into slot values (1)`.execute(db);
});
afterAll(async () => {
  await db.destroy();
  await testDb.drop();
});

describe('pool timeouts', () => {
  test('when a statement waits on a lock another transaction holds, then it fails after lock_timeout', async () => {
    let release = (): void => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked = (): void => {};
    const lockTaken = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const holder = db.transaction().execute(async (trx) => {
      await sql`select id from slot where id = 1 for update`.execute(trx);
      locked();
      await held;
    });
    await lockTaken;
    const started = Date.now();
    const waiting = sql`update slot set id = 1 where id = 1`.execute(db);

    await expect(waiting).rejects.toMatchObject({ code: '55P03' });
    const waitedMs = Date.now() - started;
    release();
    await holder;
    expect(waitedMs).toBeLessThan(5_000);
  });

  test('when no timeouts are given, then every connection has the defaults', async () => {
    const plain = createDatabase({ url: testDb.url });
    const settings = await sql<{ statement: string; lock: string; idle: string }>`
      select current_setting('statement_timeout') as statement, current_setting('lock_timeout') as lock,
        current_setting('idle_in_transaction_session_timeout') as idle`.execute(plain);
    await plain.destroy();

    expect(settings.rows[0]).toEqual({ statement: '30s', lock: '10s', idle: '1min' });
  });
});
