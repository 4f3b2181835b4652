import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { caught } from './support/google-error.ts';
import { anEvent, type PushFixture, startPushFixture } from './support/push-fixture.ts';

let push: PushFixture;
beforeAll(async () => {
  push = await startPushFixture();
});
afterAll(() => push.close());

describe('channel lifecycle', () => {
  test('when a channel is stopped, then later changes notify only the channels still open', async () => {
    const calendarId = await push.newCalendar();
    const stopped = await push.watch(calendarId, 'chan-stopped');
    await push.watch(calendarId, 'chan-witness');
    const result = await push.api.channels.stop({
      requestBody: { id: stopped.id ?? '', resourceId: stopped.resourceId ?? '' },
    });
    expect(result.status).toBe(204);
    await push.api.events.insert({ calendarId, requestBody: anEvent('after stop') });
    await push.receiver.waitFor('/hook/chan-witness', 2);
    expect(push.receiver.at('/hook/chan-stopped')).toHaveLength(1);
    expect(
      (
        await caught(
          push.api.channels.stop({ requestBody: { id: 'chan-stopped', resourceId: stopped.resourceId ?? '' } }),
        )
      ).status,
    ).toBe(404);
  });

  test('when a channel has expired, then it sends nothing more', async () => {
    const calendarId = await push.newCalendar();
    await push.watch(calendarId, 'chan-short', { params: { ttl: '60' } });
    await push.watch(calendarId, 'chan-long');
    push.clock.advance(61_000);
    await push.api.events.insert({ calendarId, requestBody: anEvent('after expiry') });
    await push.receiver.waitFor('/hook/chan-long', 2);
    expect(push.receiver.at('/hook/chan-short')).toHaveLength(1);
  });

  test('when push faults drop or duplicate messages, then deliveries show it', async () => {
    const calendarId = await push.newCalendar();
    await push.watch(calendarId, 'chan-faults');
    await push.emulator.control.put('/push', { duplicate: 1 });
    await push.api.events.insert({ calendarId, requestBody: anEvent('twice') });
    const copies = await push.receiver.waitFor('/hook/chan-faults', 3);
    expect(copies[1]?.headers['x-goog-message-number']).toBe(copies[2]?.headers['x-goog-message-number']);
    await push.emulator.control.put('/push', { drop: 1 });
    await push.api.events.insert({ calendarId, requestBody: anEvent('lost') });
    const { body } = await push.emulator.control.get<{ dropped?: boolean }[]>('/deliveries?channelId=chan-faults');
    expect(body.filter((d) => d.dropped)).toHaveLength(1);
    await push.emulator.control.put('/push', {});
  });
});

describe('events.watch validation', () => {
  test('when the address is plain http and http push is not allowed, then 400 push.webhookUrlNotHttps', async () => {
    await push.emulator.control.put('/settings', { allowHttpPushOnLoopback: false });
    const address = `${push.receiver.url}/hook/insecure`;
    const error = await caught(
      push.api.events.watch({ calendarId: 'primary', requestBody: { id: 'insecure', type: 'web_hook', address } }),
    );
    await push.emulator.control.put('/settings', { allowHttpPushOnLoopback: true });
    expect(error.body.error?.errors?.[0]).toEqual({
      domain: 'global',
      reason: 'push.webhookUrlNotHttps',
      message: `WebHook callback must be HTTPS: ${address}`,
    });
  });

  test('when a channel id is reused, then 400 channelIdNotUnique', async () => {
    const calendarId = await push.newCalendar();
    await push.watch(calendarId, 'chan-dup');
    const error = await caught(
      push.api.events.watch({
        calendarId,
        requestBody: { id: 'chan-dup', type: 'web_hook', address: `${push.receiver.url}/hook/x` },
      }),
    );
    expect(error.reason).toBe('channelIdNotUnique');
  });

  test.each([
    ['in the past', () => String(push.clock.now() - 1000)],
    ['not a number', () => 'tomorrow'],
  ])('when expiration is %s, then 400 invalid and no channel is opened', async (name, expiration) => {
    const calendarId = await push.newCalendar();
    const id = `chan-expiry-${name.length}`;
    const error = await caught(
      push.api.events.watch({
        calendarId,
        requestBody: { id, type: 'web_hook', address: `${push.receiver.url}/hook/${id}`, expiration: expiration() },
      }),
    );
    expect([error.status, error.reason]).toEqual([400, 'invalid']);
    expect((await push.watch(calendarId, id)).id).toBe(id);
  });
});
