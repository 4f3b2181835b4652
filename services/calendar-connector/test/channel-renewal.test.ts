import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type ConnectorFixture, connectorFixture } from './support/connector-fixture.ts';
import { partnerApi } from './support/partner-api.ts';
import { deliveriesOf, openChannelOf, watchedCalendar } from './support/push-channels.ts';

let fixture: ConnectorFixture;

beforeAll(async () => {
  // Channels of a minute, renewed when less than 55 s are left: the first renewal comes 5 s after opening.
  fixture = await connectorFixture({ WATCH_CHANNEL_TTL_SECONDS: '60', WATCH_RENEW_BEFORE_SECONDS: '55' });
});
afterAll(async () => {
  await fixture?.close();
});

describe('channel renewal', () => {
  test('when a channel is due for renewal, then a new one is opened first and the old one stopped afterwards', async () => {
    const api = partnerApi(fixture.url, fixture.tokenFor(randomUUID()));
    await fixture.google.createUser('renewal-owner@example.com');
    const {
      integrationId,
      calendarId,
      channel: first,
    } = await watchedCalendar(fixture, api, 'renewal-owner@example.com');
    const openedAt = Date.now();
    expect(first.expires_at?.getTime()).toBeLessThanOrEqual(openedAt + 60_000);

    const second = await openChannelOf(fixture, calendarId, first.id);
    await eventually(async () => {
      const row = await fixture.db
        .selectFrom('watch_channels')
        .select('state')
        .where('id', '=', first.id)
        .executeTakeFirst();
      expect(row?.state).toBe('stopped');
    });

    const calls = await fixture.google.requests(openedAt);
    const renewal = calls.find((call) => call.path.endsWith('/events/watch'));
    const stop = calls.find((call) => call.path.endsWith('/channels/stop'));
    expect(renewal?.status).toBe(200);
    expect(stop?.status).toBe(204);
    expect(Date.parse(renewal?.at ?? '')).toBeLessThanOrEqual(Date.parse(stop?.at ?? ''));
    expect(await deliveriesOf(fixture, second.id)).toContainEqual(
      expect.objectContaining({ state: 'sync', status: 200 }),
    );
    const link = (await api.get(`/v1/integrations/${integrationId}`)).body.links[0];
    expect(Date.parse(link.channelExpiresAt)).toBeGreaterThanOrEqual(second.expires_at?.getTime() ?? 0);
  });
});
