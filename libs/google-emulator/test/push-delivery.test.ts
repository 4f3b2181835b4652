import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { anEvent, messageNumber, type PushFixture, startPushFixture } from './support/push-fixture.ts';

let push: PushFixture;
beforeAll(async () => {
  push = await startPushFixture();
});
afterAll(() => push.close());

describe('events.watch', () => {
  test('when a channel is created, then the response is an api#channel and a sync message numbered 1 arrives', async () => {
    const calendarId = await push.newCalendar();
    const channel = await push.watch(calendarId, 'chan-sync');
    expect(channel).toMatchObject({ kind: 'api#channel', id: 'chan-sync', token: 'secret-chan-sync' });
    expect(typeof channel.expiration).toBe('string');
    expect(Number(channel.expiration)).toBeGreaterThan(push.clock.now() + 604_000_000);
    expect(channel.resourceUri).toBe(
      `https://www.googleapis.com/calendar/v3/calendars/${encodeURIComponent(calendarId)}/events?alt=json`,
    );
    const [sync] = push.receiver.at('/hook/chan-sync');
    expect(sync?.method).toBe('POST');
    expect(sync?.body).toBe('');
    expect(sync?.headers).toMatchObject({
      'content-length': '0',
      'user-agent': expect.stringMatching(/^APIs-Google/),
      'x-goog-channel-id': 'chan-sync',
      'x-goog-channel-token': 'secret-chan-sync',
      'x-goog-channel-expiration': new Date(Number(channel.expiration)).toUTCString(),
      'x-goog-resource-id': channel.resourceId,
      'x-goog-resource-uri': channel.resourceUri,
      'x-goog-resource-state': 'sync',
      'x-goog-message-number': '1',
    });
  });

  test('when events are inserted, patched and deleted, then each sends "exists" with increasing, non-consecutive numbers', async () => {
    const calendarId = await push.newCalendar();
    await push.watch(calendarId, 'chan-changes');
    const { data } = await push.api.events.insert({ calendarId, requestBody: anEvent('one') });
    await push.api.events.patch({ calendarId, eventId: data.id ?? '', requestBody: { summary: 'two' } });
    await push.api.events.delete({ calendarId, eventId: data.id ?? '' });
    const all = await push.receiver.waitFor('/hook/chan-changes', 4);
    const changes = all.slice(1).sort((a, b) => messageNumber(a.headers) - messageNumber(b.headers));
    expect(changes.map((n) => n.headers['x-goog-resource-state'])).toEqual(['exists', 'exists', 'exists']);
    const numbers = [1, ...changes.map((n) => messageNumber(n.headers))];
    for (let i = 1; i < numbers.length; i += 1) expect((numbers[i] ?? 0) - (numbers[i - 1] ?? 0)).toBeGreaterThan(1);
  });

  test('when the receiver answers 503, then the same message is retried until it is accepted', async () => {
    const calendarId = await push.newCalendar();
    await push.watch(calendarId, 'chan-retry');
    push.receiver.respondWith('/hook/chan-retry', [503, 503]);
    await push.api.events.insert({ calendarId, requestBody: anEvent('retry me') });
    const all = await push.receiver.waitFor('/hook/chan-retry', 4);
    expect(new Set(all.slice(1).map((n) => n.headers['x-goog-message-number'])).size).toBe(1);
    const { body: deliveries } = await push.emulator.control.get<{ status: number; attempt: number }[]>(
      '/deliveries?channelId=chan-retry',
    );
    expect(deliveries.map((d) => [d.status, d.attempt])).toEqual([
      [200, 1],
      [503, 1],
      [503, 2],
      [200, 3],
    ]);
  });
});
