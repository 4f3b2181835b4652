import { createTestDatabase, type TestDatabase } from '@calbridge/testkit';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { type Kysely, sql } from 'kysely';
import { createDatabase, prepared } from '../src/index.ts';

let testDb: TestDatabase;
// One connection, so every statement below meets the statements prepared before it.
let db: Kysely<unknown>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = createDatabase({ url: testDb.url, poolSize: 1 });
});
afterAll(async () => {
  await db.destroy();
  await testDb.drop();
});

const preparedOnConnection = async () =>
  (
    await sql<{ statement: string }>`select statement from pg_prepared_statements order by statement`.execute(db)
  ).rows.map((row) => row.statement.replace(/\s+/g, ' ').trim());

test('when statements are marked prepared, then each text is prepared once per connection and runs with any values', async () => {
  const double = (value: number) => prepared(sql<{ n: number }>`select ${value}::int * 2 as n`);
  const negate = (value: number) => prepared(sql<{ n: number }>`select -${value}::int as n`);

  const results = [];
  for (const value of [1, 2, 3]) {
    results.push((await double(value).execute(db)).rows[0]?.n, (await negate(value).execute(db)).rows[0]?.n);
  }
  await sql`select ${4}::int as unmarked`.execute(db);

  expect(results).toEqual([2, -1, 4, -2, 6, -3]);
  expect(await preparedOnConnection()).toEqual([
    '/* prepared */ select $1::int * 2 as n',
    '/* prepared */ select -$1::int as n',
  ]);
});
