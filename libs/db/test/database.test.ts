import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@calbridge/testkit';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Kysely } from 'kysely';
import { createDatabase, inTransaction, migrateToLatest, pingDatabase } from '../src/index.ts';

interface Schema {
  note: { id: number; body: string };
}

const folder = fileURLToPath(new URL('./migrations', import.meta.url));
let testDb: TestDatabase;
let db: Kysely<Schema>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = createDatabase<Schema>({ url: testDb.url });
});
afterAll(async () => {
  await db.destroy();
  await testDb.drop();
});

describe('database', () => {
  test('when migrations run twice, then each is applied once', async () => {
    expect(await migrateToLatest(db, { folder })).toEqual(['0001_create_note']);
    expect(await migrateToLatest(db, { folder })).toEqual([]);
    await expect(pingDatabase(db)).resolves.toBeUndefined();
  });

  test('when a transaction throws, then none of its writes persist', async () => {
    const write = inTransaction(db, async (trx) => {
      await trx.insertInto('note').values({ id: 1, body: 'lost' }).execute();
      throw new Error('boom');
    });
    await expect(write).rejects.toThrow('boom');
    expect(await db.selectFrom('note').selectAll().execute()).toEqual([]);
  });

  test('when concurrent serializable transactions conflict, then the retry makes both land', async () => {
    await db.insertInto('note').values({ id: 2, body: '0' }).execute();
    const increment = () =>
      inTransaction(
        db,
        async (trx) => {
          const row = await trx.selectFrom('note').select('body').where('id', '=', 2).executeTakeFirstOrThrow();
          await trx
            .updateTable('note')
            .set({ body: String(Number(row.body) + 1) })
            .where('id', '=', 2)
            .execute();
        },
        { isolation: 'serializable', retries: 20 },
      );
    await Promise.all(Array.from({ length: 8 }, increment));
    const row = await db.selectFrom('note').select('body').where('id', '=', 2).executeTakeFirstOrThrow();
    expect(row.body).toBe('8');
  });
});
