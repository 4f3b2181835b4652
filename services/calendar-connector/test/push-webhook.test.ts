import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { newChannelToken } from '../src/channels/channel-token.ts';
import { type ConnectorFixture, connectorFixture } from './support/connector-fixture.ts';
import { type PartnerApi, partnerApi } from './support/partner-api.ts';
import {
  backstopScheduled,
  deliveriesOf,
  metricValue,
  notify,
  notifyMany,
  requestedOf,
  watchedCalendar,
} from './support/push-channels.ts';

let fixture: ConnectorFixture;
let api: PartnerApi;
const owner = 'push-owner@example.com';
let watched: Awaited<ReturnType<typeof watchedCalendar>>;
/** A second channel on the same calendar whose token the test knows, as Google would echo it. */
const known = { id: randomUUID(), resourceId: `resource-${randomUUID()}`, ...newChannelToken() };
const headersOf = (channel: { id: string; token: string; resourceId: string }, state = 'exists') => ({
  'x-goog-channel-id': channel.id,
  'x-goog-channel-token': channel.token,
  'x-goog-resource-id': channel.resourceId,
  'x-goog-resource-state': state,
  'x-goog-message-number': '7',
});
const statements = 'connector_webhook_sync_request_statements_total';
const waitingSeries = 'connector_webhook_notifications_waiting';
// A statement waiting longer for a lock fails: the notification is answered 503.
const lockTimeoutMs = 8_000;
const outcomes = (outcome: string) =>
  metricValue(fixture, `connector_webhook_notifications_total{outcome="${outcome}"}`);

beforeAll(async () => {
  fixture = await connectorFixture({ DATABASE_LOCK_TIMEOUT_MS: String(lockTimeoutMs) });
  api = partnerApi(fixture.url, fixture.tokenFor(randomUUID()));
  await fixture.google.createUser(owner);
  watched = await watchedCalendar(fixture, api, owner);
  await backstopScheduled(fixture, watched.calendarId);
  await fixture.db
    .insertInto('watch_channels')
    .values({
      id: known.id,
      integration_id: watched.integrationId,
      calendar_id: watched.calendarId,
      resource_id: known.resourceId,
      token_hash: known.hash,
      state: 'open',
      expires_at: new Date(Date.now() + 3_600_000),
      due_at: new Date(Date.now() + 3_600_000),
    })
    .execute();
});
afterAll(async () => {
  await fixture?.close();
});

/** Holds the calendar's sync row in a transaction until released, as a long statement would. */
async function lockCalendar(): Promise<{ release(): Promise<void> }> {
  const locked = Promise.withResolvers<void>();
  const release = Promise.withResolvers<void>();
  const holding = fixture.db.transaction().execute(async (trx) => {
    await trx
      .selectFrom('calendar_syncs')
      .select('requested')
      .where('calendar_id', '=', watched.calendarId)
      .forUpdate()
      .execute();
    locked.resolve();
    await release.promise;
  });
  await locked.promise;
  return {
    release: async () => {
      release.resolve();
      await holding;
    },
  };
}

describe('POST /webhooks/google', () => {
  test('when a channel opens, then Google sees its sync message answered 200 and the link shows the expiry', async () => {
    await eventually(async () =>
      expect(await deliveriesOf(fixture, watched.channel.id)).toContainEqual(
        expect.objectContaining({ state: 'sync', status: 200 }),
      ),
    );
    const integration = (await api.get(`/v1/integrations/${watched.integrationId}`)).body;
    expect(integration.links).toEqual([
      expect.objectContaining({
        calendarId: watched.calendarId,
        health: 'ok',
        channelExpiresAt: watched.channel.expires_at?.toISOString(),
      }),
    ]);
  });

  test('when an event changes in Google, then a sync of that calendar is requested', async () => {
    const before = await requestedOf(fixture, watched.calendarId);
    const ownerCalendar = fixture.google.calendarOf(await fixture.google.createUser(owner));
    await ownerCalendar.events.insert({
      calendarId: watched.calendarId,
      requestBody: {
        summary: 'Birthday party',
        start: { dateTime: '2027-05-01T10:00:00Z' },
        end: { dateTime: '2027-05-01T12:00:00Z' },
      },
    });

    await eventually(async () => expect(await requestedOf(fixture, watched.calendarId)).toBeGreaterThan(before));
    await eventually(async () =>
      expect(await deliveriesOf(fixture, watched.channel.id)).toContainEqual(
        expect.objectContaining({ state: 'exists', status: 200 }),
      ),
    );
  });

  test('when a notification has a wrong token, an unknown channel or a wrong resource, then 200 and nothing is requested', async () => {
    const before = await requestedOf(fixture, watched.calendarId);
    const counted = {
      wrong_token: await outcomes('wrong_token'),
      unknown_channel: await outcomes('unknown_channel'),
      wrong_resource: await outcomes('wrong_resource'),
    };

    const answers = [
      await notify(fixture, headersOf({ ...known, token: newChannelToken().token })),
      await notify(fixture, headersOf({ ...known, token: '' })),
      await notify(fixture, headersOf({ ...known, id: randomUUID() })),
      await notify(fixture, headersOf({ ...known, id: 'not-a-channel-of-ours' })),
      await notify(fixture, headersOf({ ...known, resourceId: 'another-resource' })),
    ];

    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await outcomes('wrong_token')).toBe(counted.wrong_token + 2);
    expect(await outcomes('unknown_channel')).toBe(counted.unknown_channel + 2);
    expect(await outcomes('wrong_resource')).toBe(counted.wrong_resource + 1);
    expect(await requestedOf(fixture, watched.calendarId)).toBe(before);
  });

  test('when a sync message comes, then 200 and nothing is requested', async () => {
    const before = await requestedOf(fixture, watched.calendarId);
    expect((await notify(fixture, headersOf(known, 'sync'))).status).toBe(200);
    expect(await requestedOf(fixture, watched.calendarId)).toBe(before);
  });

  test('when 1,000 notifications for one calendar arrive while a statement is running, then all are answered 200 after one more statement', async () => {
    const before = await requestedOf(fixture, watched.calendarId);
    const statementsBefore = await metricValue(fixture, statements);
    const requestedBefore = await outcomes('requested');

    // The first statement waits for this lock, so the other notifications gather behind it, as under a flood.
    const lock = await lockCalendar();
    const sent = notifyMany(fixture, 1000, headersOf(known));
    await eventually(async () => expect(await metricValue(fixture, waitingSeries)).toBe(1000));
    await lock.release();
    const statuses = await sent;

    expect(statuses.filter((status) => status === 200)).toHaveLength(1000);
    expect(await outcomes('requested')).toBe(requestedBefore + 1000);
    const used = (await metricValue(fixture, statements)) - statementsBefore;
    expect(used).toBe(2);
    expect((await requestedOf(fixture, watched.calendarId)) - before).toBe(2);
  });

  test('when 1,000 notifications for one calendar come at once, then Google is listed at most once more per second they took', async () => {
    const synced = async () => {
      const row = await fixture.db
        .selectFrom('calendar_syncs')
        .select(['requested', 'synced'])
        .where('calendar_id', '=', watched.calendarId)
        .executeTakeFirstOrThrow();
      return row.requested === row.synced;
    };
    await eventually(async () => expect(await synced()).toBe(true));
    const since = Date.now();
    const statuses = await notifyMany(fixture, 1000, headersOf(known));
    const sendingSeconds = (Date.now() - since) / 1000;
    await eventually(async () => expect(await synced()).toBe(true));

    expect(statuses.filter((status) => status === 200)).toHaveLength(1000);
    const lists = (await fixture.google.requests(since)).filter(
      (call) => call.method === 'GET' && call.path.endsWith('/events') && call.path.includes(watched.calendarId),
    );
    // A burst costs the sync it starts and one more after SYNC_MIN_INTERVAL_MS (1 s): 2 when it lasts under a second.
    expect(lists.length).toBeGreaterThanOrEqual(1);
    expect(lists.length).toBeLessThanOrEqual(1 + Math.ceil(sendingSeconds));
  });

  test('when the sync request cannot be recorded, then 503, so that Google retries', async () => {
    const before = await requestedOf(fixture, watched.calendarId);
    const lock = await lockCalendar();
    const { status } = await notify(fixture, headersOf(known));
    await lock.release();

    expect(status).toBe(503);
    expect(await requestedOf(fixture, watched.calendarId)).toBe(before);
  });

  test('when Google sends the body-less JSON it always sends, then it is not refused as empty JSON', async () => {
    const response = await fetch(`${fixture.url}/webhooks/google`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; utf-8', ...headersOf(known) },
      body: '',
    });
    expect(response.status).toBe(200);
  });

  test('when a notification carries a body beyond 1 KiB, then it is refused without being read', async () => {
    const response = await fetch(`${fixture.url}/webhooks/google`, {
      method: 'POST',
      headers: headersOf(known),
      body: 'x'.repeat(4096),
    });
    expect(response.status).toBe(413);
  });

  test('when the OpenAPI document is read, then the webhook is listed without bearer auth', async () => {
    const document = (await (await fetch(`${fixture.url}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { security?: unknown }>>;
    };
    expect(document.paths['/webhooks/google']?.post?.security).toEqual([]);
  });

  test('when /metrics is read, then it counts the watch channels by state', async () => {
    expect(await metricValue(fixture, 'connector_watch_channels{state="open"}')).toBeGreaterThanOrEqual(2);
  });
});
