import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  type CalendarApi,
  createUser,
  startEmulator,
  type TestEmulator,
  userCalendar,
} from './support/emulator-fixture.ts';
import { caught } from './support/google-error.ts';
import { type ManualClock, manualClock } from './support/manual-clock.ts';
import { type PushReceiver, startPushReceiver } from './support/push-receiver.ts';

let emulator: TestEmulator;
let api: CalendarApi;
let receiver: PushReceiver;
let clock: ManualClock;

const anEvent = (summary: string) => ({ summary, start: { date: '2025-10-01' }, end: { date: '2025-10-02' } });
const _number = (headers: Record<string, unknown>) => Number(headers['x-goog-message-number']);

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

describe('channel lifecycle', () => {
  test('when a channel is stopped, then later changes notify only the channels still open', async () => {
    const calendarId = await newCalendar();
    const stopped = await watch(calendarId, 'chan-stopped');
    await watch(calendarId, 'chan-witness');
    const result = await api.channels.stop({
      requestBody: { id: stopped.id ?? '', resourceId: stopped.resourceId ?? '' },
    });
    expect(result.status).toBe(204);
    await api.events.insert({ calendarId, requestBody: anEvent('after stop') });
    await receiver.waitFor('/hook/chan-witness', 2);
    expect(receiver.at('/hook/chan-stopped')).toHaveLength(1);
    expect(
      (await caught(api.channels.stop({ requestBody: { id: 'chan-stopped', resourceId: stopped.resourceId ?? '' } })))
        .status,
    ).toBe(404);
  });

  test('when a channel has expired, then it sends nothing more', async () => {
    const calendarId = await newCalendar();
    await watch(calendarId, 'chan-short', { params: { ttl: '60' } });
    await watch(calendarId, 'chan-long');
    clock.advance(61_000);
    await api.events.insert({ calendarId, requestBody: anEvent('after expiry') });
    await receiver.waitFor('/hook/chan-long', 2);
    expect(receiver.at('/hook/chan-short')).toHaveLength(1);
  });

  test('when push faults drop or duplicate messages, then deliveries show it', async () => {
    const calendarId = await newCalendar();
    await watch(calendarId, 'chan-faults');
    await emulator.control.put('/push', { duplicate: 1 });
    await api.events.insert({ calendarId, requestBody: anEvent('twice') });
    const copies = await receiver.waitFor('/hook/chan-faults', 3);
    expect(copies[1]?.headers['x-goog-message-number']).toBe(copies[2]?.headers['x-goog-message-number']);
    await emulator.control.put('/push', { drop: 1 });
    await api.events.insert({ calendarId, requestBody: anEvent('lost') });
    const { body } = await emulator.control.get<{ dropped?: boolean }[]>('/deliveries?channelId=chan-faults');
    expect(body.filter((d) => d.dropped)).toHaveLength(1);
    await emulator.control.put('/push', {});
  });
});

describe('events.watch validation', () => {
  test('when the address is plain http and http push is not allowed, then 400 push.webhookUrlNotHttps', async () => {
    await emulator.control.put('/settings', { allowHttpPushOnLoopback: false });
    const address = `${receiver.url}/hook/insecure`;
    const error = await caught(
      api.events.watch({ calendarId: 'primary', requestBody: { id: 'insecure', type: 'web_hook', address } }),
    );
    await emulator.control.put('/settings', { allowHttpPushOnLoopback: true });
    expect(error.body.error?.errors?.[0]).toEqual({
      domain: 'global',
      reason: 'push.webhookUrlNotHttps',
      message: `WebHook callback must be HTTPS: ${address}`,
    });
  });

  test('when a channel id is reused, then 400 channelIdNotUnique', async () => {
    const calendarId = await newCalendar();
    await watch(calendarId, 'chan-dup');
    const error = await caught(
      api.events.watch({
        calendarId,
        requestBody: { id: 'chan-dup', type: 'web_hook', address: `${receiver.url}/hook/x` },
      }),
    );
    expect(error.reason).toBe('channelIdNotUnique');
  });
});
