import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createUser, startEmulator, type TestEmulator, userCalendar } from './support/emulator-fixture.ts';
import { caught } from './support/google-error.ts';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'google-emulator-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('snapshot file', () => {
  test('when the emulator restarts on the same snapshot, then accounts, calendars, events and tokens survive', async () => {
    const snapshotFile = join(directory, 'state.json');
    const first = await startEmulator({ snapshotFile });
    const user = await createUser(first, 'demo@example.com');
    const { body: room } = await first.control.post<{ id: string }>('/calendars', {
      owner: user.email,
      summary: 'Demo room',
    });
    const { data: event } = await userCalendar(first, user).events.insert({
      calendarId: room.id,
      requestBody: { id: 'demoevent1', start: { date: '2025-12-01' }, end: { date: '2025-12-02' } },
    });
    const { data: list } = await userCalendar(first, user).events.list({ calendarId: room.id });
    await first.close();

    const second = await startEmulator({ snapshotFile });
    const api = userCalendar(second, user, Date.now() - 1);
    expect((await api.events.get({ calendarId: room.id, eventId: 'demoevent1' })).data.etag).toBe(event.etag);
    expect((await api.events.list({ calendarId: room.id, syncToken: list.nextSyncToken ?? '' })).data.items).toEqual(
      [],
    );
    const again = await caught(
      api.events.insert({
        calendarId: room.id,
        requestBody: { id: 'demoevent1', start: { date: '2025-12-01' }, end: { date: '2025-12-02' } },
      }),
    );
    expect(again.status).toBe(409);
    await second.close();
  });
});

describe('colors and calendar metadata', () => {
  let emulator: TestEmulator;

  beforeAll(async () => {
    emulator = await startEmulator();
  });

  afterAll(async () => {
    await emulator.close();
  });

  test('when colors are fetched, then event colour 11 is the red #dc2127 and there are 11 event colours', async () => {
    const api = userCalendar(emulator, await createUser(emulator, 'painter@example.com'));
    const { data } = await api.colors.get();
    expect(data.kind).toBe('calendar#colors');
    expect(Object.keys(data.event ?? {})).toHaveLength(11);
    expect(data.event?.['11']).toEqual({ background: '#dc2127', foreground: '#1d1d1d' });
    expect(Object.keys(data.calendar ?? {})).toHaveLength(24);
  });

  test('when a user reads a calendar shared with them, then calendarList.get and calendars.get both answer', async () => {
    const owner = await createUser(emulator, 'owner@example.com');
    const guest = await createUser(emulator, 'guest@example.com');
    const { body: shared } = await emulator.control.post<{ id: string }>('/calendars', {
      owner: owner.email,
      summary: 'Shared',
      timeZone: 'Europe/Paris',
    });
    await emulator.control.post(`/calendars/${encodeURIComponent(shared.id)}/acl`, {
      email: guest.email,
      role: 'reader',
    });
    const api = userCalendar(emulator, guest);
    expect((await api.calendarList.get({ calendarId: shared.id })).data).toMatchObject({
      kind: 'calendar#calendarListEntry',
      id: shared.id,
      accessRole: 'reader',
      timeZone: 'Europe/Paris',
    });
    expect((await api.calendars.get({ calendarId: shared.id })).data.summary).toBe('Shared');
    const primary = await api.calendarList.get({ calendarId: 'primary' });
    expect(primary.data).toMatchObject({ id: guest.email, primary: true, accessRole: 'owner' });
  });
});
