import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { eventually } from '@calbridge/testkit';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type ConnectorFixture, connectorFixture } from './support/connector-fixture.ts';
import { type PartnerApi, partnerApi } from './support/partner-api.ts';
import { channelsOf, linkedCalendar, openChannelOf, stopsSince, watchedCalendar } from './support/push-channels.ts';

let fixture: ConnectorFixture;
let api: PartnerApi;
const owner = 'channels-owner@example.com';

const stateOf = async (channelId: string) =>
  (await fixture.db.selectFrom('watch_channels').select('state').where('id', '=', channelId).executeTakeFirst())?.state;
const stoppedInGoogle = async (channelId: string, since: number) =>
  eventually(async () => {
    expect(await stateOf(channelId)).toBe('stopped');
    expect(await stopsSince(fixture, since)).toContainEqual(expect.objectContaining({ status: 204 }));
  });
const linkOf = async (integrationId: string) => (await api.get(`/v1/integrations/${integrationId}`)).body.links[0];

beforeAll(async () => {
  fixture = await connectorFixture();
  api = partnerApi(fixture.url, fixture.tokenFor(randomUUID()));
  await fixture.google.createUser(owner);
});
afterAll(async () => {
  await fixture?.close();
});

describe('watch channels', () => {
  test('when a linked room of an active integration is unlinked, then its channel is stopped in Google', async () => {
    const { integrationId, roomId, channel } = await watchedCalendar(fixture, api, owner);
    const since = Date.now();

    expect((await api.delete(`/v1/integrations/${integrationId}/rooms/${roomId}`)).status).toBe(204);

    await stoppedInGoogle(channel.id, since);
  });

  test('when the integration is deactivated, then its channel is stopped, and activating opens a new one', async () => {
    const { integrationId, calendarId, channel } = await watchedCalendar(fixture, api, owner);
    const since = Date.now();

    await api.post(`/v1/integrations/${integrationId}/deactivate`);

    await stoppedInGoogle(channel.id, since);
    expect((await linkOf(integrationId)).channelExpiresAt).toBeUndefined();
    await api.post(`/v1/integrations/${integrationId}/activate`);
    const reopened = await openChannelOf(fixture, calendarId, channel.id);
    await eventually(async () =>
      expect((await linkOf(integrationId)).channelExpiresAt).toBe(reopened.expires_at?.toISOString()),
    );
  });

  test('when the integration is deleted, then its channel is stopped in Google before the answer', async () => {
    const { integrationId, channel } = await watchedCalendar(fixture, api, owner);
    const since = Date.now();

    expect((await api.delete(`/v1/integrations/${integrationId}`)).status).toBe(204);

    expect(await stateOf(channel.id)).toBe('stopped');
    expect(await stopsSince(fixture, since)).toContainEqual(expect.objectContaining({ status: 204 }));
  });

  test('when Google still pushes on a channel calbridge had stopped, then that channel is stopped again', async () => {
    const { calendarId, channel } = await watchedCalendar(fixture, api, owner);
    // As if the stop had never reached Google.
    await fixture.db.updateTable('watch_channels').set({ state: 'stopped' }).where('id', '=', channel.id).execute();
    await sleep(5_500); // the webhook's view of a channel is kept 5 s
    const since = Date.now();

    const person = fixture.google.calendarOf(await fixture.google.createUser(owner));
    await person.events.insert({
      calendarId,
      requestBody: { summary: 'Team dinner', start: { date: '2027-06-01' }, end: { date: '2027-06-02' } },
    });

    await stoppedInGoogle(channel.id, since);
  });

  test('when Google refuses the watch, then the link says push is off and its health stays ok', async () => {
    await fixture.google.control.put('/settings', { allowHttpPushOnLoopback: false });
    try {
      const { integrationId, calendarId } = await linkedCalendar(fixture, api, owner);

      await eventually(async () =>
        expect(await linkOf(integrationId)).toMatchObject({
          health: 'ok',
          reason: expect.stringContaining('push.webhookUrlNotHttps'),
        }),
      );
      const [channel] = await channelsOf(fixture, calendarId);
      expect(channel).toMatchObject({ state: 'opening', attempts: 1 });
      expect(channel?.due_at.getTime()).toBeGreaterThan(Date.now());
    } finally {
      await fixture.google.control.put('/settings', { allowHttpPushOnLoopback: true });
    }
  });

  test('when Google fails a watch (503), then it is retried after a backoff and the channel opens', async () => {
    await fixture.google.control.put('/faults', {
      rules: [{ method: 'POST', path: '/events/watch$', times: 1, status: 503, reason: 'backendError' }],
    });
    try {
      const { integrationId, calendarId } = await linkedCalendar(fixture, api, owner);

      const channel = await openChannelOf(fixture, calendarId);

      const tries = await channelsOf(fixture, calendarId);
      expect(tries.map((row) => row.state)).toEqual(['stopped', 'open']);
      expect(tries[0]?.last_error).toContain('503');
      expect((await linkOf(integrationId)).channelExpiresAt).toBe(channel.expires_at?.toISOString());
    } finally {
      await fixture.google.control.put('/faults', { rules: [] });
    }
  });
});
