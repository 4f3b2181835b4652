import { beforeAll, describe, expect, test } from '@jest/globals';
import { type CalendarApi, type TestEmulator, type UserSuite, useUserCalendar } from './support/emulator-fixture.ts';
import { caught } from './support/google-error.ts';
import { syncAll } from './support/sync-all.ts';

let emulator: TestEmulator;
let api: CalendarApi;
let calendars: UserSuite['newCalendar'];
useUserCalendar('syncer@example.com', (started) => ({ emulator, api, newCalendar: calendars } = started));
const newCalendar = () => calendars('Sync');

describe('sync token errors', () => {
  let calendarId: string;
  let syncToken: string;

  beforeAll(async () => {
    calendarId = await newCalendar();
    syncToken = (await syncAll(api, { calendarId })).syncToken;
  });

  test.each([
    ['timeMin', { timeMin: '2025-01-01T00:00:00Z' }],
    ['orderBy', { orderBy: 'updated' }],
    ['q', { q: 'x' }],
    ['privateExtendedProperty', { privateExtendedProperty: ['a=b'] }],
    ['updatedMin', { updatedMin: new Date().toISOString() }],
  ])('when a syncToken is combined with %s, then 400', async (_name, extra) => {
    const error = await caught(api.events.list({ calendarId, syncToken, ...extra }));
    expect(error.status).toBe(400);
  });

  test('when a syncToken is combined with showDeleted=false, then 400', async () => {
    expect((await caught(api.events.list({ calendarId, syncToken, showDeleted: false }))).status).toBe(400);
  });

  test('when the token is garbage, then 400 "Invalid sync token value." (not 410)', async () => {
    const error = await caught(api.events.list({ calendarId, syncToken: 'CPDAlvWDx70CEPDAlvWDx70CGAU=' }));
    expect(error.status).toBe(400);
    expect(error.body.error?.errors?.[0]).toMatchObject({ reason: 'invalid', message: 'Invalid sync token value.' });
  });

  test('when tokens were invalidated, then 410 fullSyncRequired exactly as Google sends it, and the client does not retry', async () => {
    const before = (await emulator.control.get<unknown[]>('/requests')).body.length;
    await emulator.control.post('/sync-tokens/invalidate', { calendarId });
    const error = await caught(api.events.list({ calendarId, syncToken }));
    expect(error.status).toBe(410);
    expect(error.body).toEqual({
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
    });
    expect((await emulator.control.get<unknown[]>('/requests')).body.length).toBe(before + 1);
    const fresh = await syncAll(api, { calendarId });
    expect((await syncAll(api, { calendarId, syncToken: fresh.syncToken })).items).toEqual([]);
  });

  test('when a token from another calendar is used, then 400 invalid', async () => {
    const other = await newCalendar();
    expect((await caught(api.events.list({ calendarId: other, syncToken }))).status).toBe(400);
  });
});
