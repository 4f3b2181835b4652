import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { sql } from 'kysely';
import { Registry } from 'prom-client';
import { enqueueEvents, registerOutboxMetrics } from '../src/index.ts';
import { messagingFixture } from './support/messaging-fixture.ts';
import { roomEvent } from './support/room-events.ts';

let fixture: Awaited<ReturnType<typeof messagingFixture>>;

beforeAll(async () => {
  fixture = await messagingFixture();
});
afterAll(async () => {
  await fixture.close();
});

async function gauges(registry: Registry): Promise<Record<string, number>> {
  const metrics = await registry.getMetricsAsJSON();
  return Object.fromEntries(metrics.map((metric) => [metric.name, Number(metric.values[0]?.value)]));
}

describe('outbox metrics', () => {
  test('when rows wait in the outbox, then the registry shows how many and the age of the oldest', async () => {
    const registry = new Registry();
    registerOutboxMetrics(registry, fixture.db, fixture.relayOptions.logger);
    const empty = await gauges(registry);
    const events = Array.from({ length: 3 }, () => roomEvent(randomUUID(), 1));
    await fixture.db.transaction().execute((trx) => enqueueEvents(trx, events));
    await sql`update messaging_outbox set created_at = now() - interval '90 seconds' where id = ${events[0]?.id}`.execute(
      fixture.db,
    );
    await sql`update messaging_outbox set failed_at = now() where id = ${events[2]?.id}`.execute(fixture.db);
    const waiting = await gauges(registry);
    const text = await registry.metrics();

    expect(empty).toMatchObject({
      messaging_outbox_waiting_rows: 0,
      messaging_outbox_oldest_age_seconds: 0,
      messaging_outbox_set_aside_rows: 0,
    });
    expect(waiting).toMatchObject({ messaging_outbox_waiting_rows: 2, messaging_outbox_set_aside_rows: 1 });
    expect(waiting.messaging_outbox_oldest_age_seconds).toBeGreaterThanOrEqual(90);
    expect(waiting.messaging_outbox_oldest_age_seconds).toBeLessThan(120);
    expect(text).toContain('# TYPE messaging_outbox_waiting_rows gauge');
  });
});
