import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { sql } from 'kysely';
import { pruneInbox } from '../src/index.ts';
import { messagingFixture } from './support/messaging-fixture.ts';

let fixture: Awaited<ReturnType<typeof messagingFixture>>;

beforeAll(async () => {
  fixture = await messagingFixture();
});
afterAll(async () => {
  await fixture.close();
});

const day = 86_400_000;

async function remember(consumer: string, ageMs: number): Promise<string> {
  const id = randomUUID();
  const processedAt = new Date(Date.now() - ageMs);
  await sql`insert into messaging_inbox (consumer, event_id, processed_at) values (${consumer}, ${id}, ${processedAt})`.execute(
    fixture.db,
  );
  return id;
}

async function remembered(consumer: string): Promise<string[]> {
  const rows = await fixture.db
    .selectFrom('messaging_inbox')
    .select('event_id')
    .where('consumer', '=', consumer)
    .execute();
  return rows.map(({ event_id }) => event_id as string).sort();
}

describe('inbox retention', () => {
  test('when ids are older than the retention, then pruning forgets them in batches and keeps the recent ones', async () => {
    const old = await Promise.all(Array.from({ length: 7 }, () => remember('prune', 3 * day)));
    const recent = await remember('prune', day / 2);

    const removed = await pruneInbox(fixture.db, day, 3);

    expect(removed).toBe(old.length);
    expect(await remembered('prune')).toEqual([recent]);
  });
});
