import { type EventChangedEvent, topics } from '@calbridge/contracts';
import { eventually, readTopic } from '@calbridge/testkit';
import { sql } from 'kysely';
import { type CalendarKey, requestSyncs } from '../../src/inbound/sync-requests.repository.ts';
import type { ConnectorFixture } from './connector-fixture.ts';

/**
 * What availability-service would read from the connector (EventChanged), and a way to make the connector sync a
 * calendar now, as a push notification would, and wait until that sync and its events are out.
 */
export async function calendarReader(fixture: ConnectorFixture) {
  const topic = await readTopic(fixture.config.KAFKA_TOPIC_PREFIX + topics.calendar);
  const changes = () =>
    topic.events.filter((read) => read.event.type === 'EventChanged').map((read) => read.event as EventChangedEvent);
  /** Until the outbox has handed everything to Kafka and the reader has seen it. */
  const published = () =>
    eventually(async () => {
      const { rows } = await sql<{ n: string }>`select count(*) as n from messaging_outbox`.execute(fixture.db);
      if (Number(rows[0]?.n) > 0) throw new Error(`${rows[0]?.n} events not relayed yet`);
    });
  const syncNow = async (key: CalendarKey, options: { full?: boolean } = {}) => {
    const [asked] = await requestSyncs(fixture.db, [key], options);
    if (!asked) throw new Error(`calendar ${key.calendarId} is not read`);
    await eventually(async () => {
      const row = await fixture.db
        .selectFrom('calendar_syncs')
        .select(['synced', 'last_error'])
        .where('integration_id', '=', key.integrationId)
        .where('calendar_id', '=', key.calendarId)
        .executeTakeFirstOrThrow();
      if (BigInt(row.synced) < BigInt(asked.requested)) throw new Error(`not synced yet (${row.last_error})`);
    });
    await published();
    // The reader is a separate consumer: give it the messages the relay just handed over.
    const count = topic.events.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    return topic.events.length - count;
  };
  return { changes, syncNow, published, stop: () => topic.stop() };
}
