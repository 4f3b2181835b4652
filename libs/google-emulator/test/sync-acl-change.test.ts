import { describe, expect, test } from '@jest/globals';
import { type CalendarApi, type TestEmulator, type UserSuite, useUserCalendar } from './support/emulator-fixture.ts';
import { caught } from './support/google-error.ts';
import { syncAll } from './support/sync-all.ts';

let emulator: TestEmulator;
let api: CalendarApi;
let newCalendar: UserSuite['newCalendar'];
useUserCalendar('sharer@example.com', (started) => ({ emulator, api, newCalendar } = started));

const FRIEND = 'friend@example.com';
const aclOf = (calendarId: string) => `/calendars/${encodeURIComponent(calendarId)}/acl`;
const anEvent = { summary: 'kept', start: { date: '2025-06-01' }, end: { date: '2025-06-02' } };

// Reference §2.4, the exact body Google sends for an invalidated token.
const FULL_SYNC_REQUIRED = {
  error: {
    errors: [
      {
        domain: 'calendar',
        reason: 'fullSyncRequired',
        message: 'Sync token is no longer valid, a full sync is required.',
        locationType: 'parameter',
        location: 'syncToken',
      },
    ],
    code: 410,
    message: 'Sync token is no longer valid, a full sync is required.',
  },
};

describe('sync tokens and ACL changes', () => {
  test('when the calendar is shared after a full sync, then the old token answers 410 fullSyncRequired and a new full sync works', async () => {
    const calendarId = await newCalendar('Shared later');
    await api.events.insert({ calendarId, requestBody: anEvent });
    const { syncToken } = await syncAll(api, { calendarId });
    await emulator.control.post(aclOf(calendarId), { email: FRIEND, role: 'reader' });
    const error = await caught(api.events.list({ calendarId, syncToken }));
    expect(error.status).toBe(410);
    expect(error.body).toEqual(FULL_SYNC_REQUIRED);
    const fresh = await syncAll(api, { calendarId });
    expect(fresh.items.map((item) => item.summary)).toEqual(['kept']);
    expect((await api.events.list({ calendarId, syncToken: fresh.syncToken })).data.items).toEqual([]);
  });

  test('when the calendar is unshared or a role changes, then tokens issued before answer 410', async () => {
    const calendarId = await newCalendar('Unshared');
    await emulator.control.post(aclOf(calendarId), { email: FRIEND, role: 'writer' });
    const beforeDemotion = (await syncAll(api, { calendarId })).syncToken;
    await emulator.control.post(aclOf(calendarId), { email: FRIEND, role: 'reader' });
    expect((await caught(api.events.list({ calendarId, syncToken: beforeDemotion }))).status).toBe(410);
    const beforeUnsharing = (await syncAll(api, { calendarId })).syncToken;
    await emulator.control.delete(`${aclOf(calendarId)}/${encodeURIComponent(FRIEND)}`);
    expect((await caught(api.events.list({ calendarId, syncToken: beforeUnsharing }))).reason).toBe('fullSyncRequired');
  });

  test('when a share repeats the role the person already has, then nothing changed and tokens stay valid', async () => {
    const calendarId = await newCalendar('Shared twice');
    await emulator.control.post(aclOf(calendarId), { email: FRIEND, role: 'reader' });
    const { syncToken } = await syncAll(api, { calendarId });
    await emulator.control.post(aclOf(calendarId), { email: FRIEND, role: 'reader' });
    expect((await api.events.list({ calendarId, syncToken })).data.items).toEqual([]);
  });
});
