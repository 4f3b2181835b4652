import type { calendar_v3 } from '@googleapis/calendar';
import { type CalendarApi, createUser, startEmulator, type TestEmulator, userCalendar } from './emulator-fixture.ts';
import { type ManualClock, manualClock } from './manual-clock.ts';
import { type PushReceiver, startPushReceiver } from './push-receiver.ts';

export interface PushFixture {
  emulator: TestEmulator;
  api: CalendarApi;
  receiver: PushReceiver;
  clock: ManualClock;
  newCalendar(): Promise<string>;
  /** Opens a channel to the receiver and waits for its `sync` message. */
  watch(calendarId: string, channelId: string, extra?: Record<string, unknown>): Promise<calendar_v3.Schema$Channel>;
  close(): Promise<void>;
}

export const anEvent = (summary: string) => ({ summary, start: { date: '2025-10-01' }, end: { date: '2025-10-02' } });
export const messageNumber = (headers: Record<string, unknown>) => Number(headers['x-goog-message-number']);

/** An emulator on a manual clock that may push over http to a local receiver, and a user watching calendars. */
export async function startPushFixture(): Promise<PushFixture> {
  const clock = manualClock();
  const emulator = await startEmulator({
    clock,
    allowHttpPushOnLoopback: true,
    settings: { pushRetryBaseDelayMs: 20 },
  });
  const api = userCalendar(emulator, await createUser(emulator, 'watcher@example.com'));
  const receiver = await startPushReceiver();
  const newCalendar = async () =>
    (await emulator.control.post<{ id: string }>('/calendars', { owner: 'watcher@example.com', summary: 'Watched' }))
      .body.id;
  const watch: PushFixture['watch'] = async (calendarId, channelId, extra = {}) => {
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
  };
  const close = async () => {
    await emulator.close();
    await receiver.close();
  };
  return { emulator, api, receiver, clock, newCalendar, watch, close };
}
