import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  type CalendarApi,
  createUser,
  startEmulator,
  type TestEmulator,
  userCalendar,
} from './support/emulator-fixture.ts';
import { type ManualClock, manualClock } from './support/manual-clock.ts';
import { type PushReceiver, startPushReceiver } from './support/push-receiver.ts';

let emulator: TestEmulator;
let api: CalendarApi;
let receiver: PushReceiver;
let clock: ManualClock;

const anEvent = (summary: string) => ({ summary, start: { date: '2025-10-01' }, end: { date: '2025-10-02' } });
const number = (headers: Record<string, unknown>) => Number(headers['x-goog-message-number']);

async function newCalendar(): Promise<string> {
  return (
    await emulator.control.post<{ id: string }>('/calendars', { owner: 'watcher@example.com', summary: 'Watched' })
  ).body.id;
}

async function watch(calendarId: string, channelId: string, extra: Record<string, unknown> = {}) {
  const { data } = await api.events.watch({
    calendarId,
    requestBody: {
      id: channelId,
      type: 'web_hook',
      address: `${receiver.url}/hook/${channelId}`,
      token: `secret-${channelId}`,
      ...extra,
    },
  });
  await receiver.waitFor(`/hook/${channelId}`, 1);
  return data;
}

beforeAll(async () => {
  clock = manualClock();
  emulator = await startEmulator({ clock, allowHttpPushOnLoopback: true, settings: { pushRetryBaseDelayMs: 20 } });
  api = userCalendar(emulator, await createUser(emulator, 'watcher@example.com'));
  receiver = await startPushReceiver();
});

afterAll(async () => {
  await emulator.close();
  await receiver.close();
});

describe('events.watch', () => {
  test('when a channel is created, then the response is an api#channel and a sync message numbered 1 arrives', async () => {
    const calendarId = await newCalendar();
    const channel = await watch(calendarId, 'chan-sync');
    expect(channel).toMatchObject({ kind: 'api#channel', id: 'chan-sync', token: 'secret-chan-sync' });
    expect(typeof channel.expiration).toBe('string');
    expect(Number(channel.expiration)).toBeGreaterThan(clock.now() + 604_000_000);
    expect(channel.resourceUri).toBe(
      `https://www.googleapis.com/calendar/v3/calendars/${encodeURIComponent(calendarId)}/events?alt=json`,
    );
    const [sync] = receiver.at('/hook/chan-sync');
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
    const calendarId = await newCalendar();
    await watch(calendarId, 'chan-changes');
    const { data } = await api.events.insert({ calendarId, requestBody: anEvent('one') });
    await api.events.patch({ calendarId, eventId: data.id ?? '', requestBody: { summary: 'two' } });
    await api.events.delete({ calendarId, eventId: data.id ?? '' });
    const all = await receiver.waitFor('/hook/chan-changes', 4);
    const changes = all.slice(1).sort((a, b) => number(a.headers) - number(b.headers));
    expect(changes.map((n) => n.headers['x-goog-resource-state'])).toEqual(['exists', 'exists', 'exists']);
    const numbers = [1, ...changes.map((n) => number(n.headers))];
    for (let i = 1; i < numbers.length; i += 1) expect((numbers[i] ?? 0) - (numbers[i - 1] ?? 0)).toBeGreaterThan(1);
  });

  test('when the receiver answers 503, then the same message is retried until it is accepted', async () => {
    const calendarId = await newCalendar();
    await watch(calendarId, 'chan-retry');
    receiver.respondWith('/hook/chan-retry', [503, 503]);
    await api.events.insert({ calendarId, requestBody: anEvent('retry me') });
    const all = await receiver.waitFor('/hook/chan-retry', 4);
    expect(new Set(all.slice(1).map((n) => n.headers['x-goog-message-number'])).size).toBe(1);
    const { body: deliveries } = await emulator.control.get<{ status: number; attempt: number }[]>(
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
