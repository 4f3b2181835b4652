import type { calendar_v3 } from '@googleapis/calendar';
import { describe, expect, test } from '@jest/globals';
import { type CalendarApi, type UserSuite, useUserCalendar } from './support/emulator-fixture.ts';
import { weekly } from './support/event-bodies.ts';
import { syncAll } from './support/sync-all.ts';

let api: CalendarApi;
let calendars: UserSuite['newCalendar'];
useUserCalendar('trimmer@example.com', (started) => ({ api, newCalendar: calendars } = started));
const newCalendar = () => calendars('Trimmed', 'Europe/Berlin');

/** What Google sends for an instance that no longer exists (reference §1.4, cancelled instance). */
const cancelledInstance = (masterId: string, utc: string, local: string) => ({
  kind: 'calendar#event',
  etag: expect.stringMatching(/^"\d+"$/),
  id: `${masterId}_${utc}`,
  status: 'cancelled',
  recurringEventId: masterId,
  originalStartTime: { dateTime: local, timeZone: 'Europe/Berlin' },
});

const MARCH_31 = ['20250331T080000Z', '2025-03-31T10:00:00+02:00'] as const;
const APRIL_7 = ['20250407T080000Z', '2025-04-07T10:00:00+02:00'] as const;
const APRIL_14 = ['20250414T080000Z', '2025-04-14T10:00:00+02:00'] as const;

const cancelled = (items: calendar_v3.Schema$Event[]) =>
  items.filter((item) => item.status === 'cancelled').sort((a, b) => String(a.id).localeCompare(String(b.id)));
const confirmedIds = (items: calendar_v3.Schema$Event[]) =>
  items.filter((item) => item.status !== 'cancelled').map((item) => item.id?.slice(-16));

async function seriesWithTokens(count: number) {
  const calendarId = await newCalendar();
  const { data: master } = await api.events.insert({ calendarId, requestBody: weekly(count) });
  const masterId = master.id ?? '';
  await api.events.patch({ calendarId, eventId: `${masterId}_${APRIL_7[0]}`, requestBody: { summary: 'exception' } });
  const single = (await syncAll(api, { calendarId, singleEvents: true })).syncToken;
  const plain = (await syncAll(api, { calendarId })).syncToken;
  return { calendarId, masterId, single, plain };
}

describe('instances removed by a change of their series, listed with singleEvents=true', () => {
  test('when a series is trimmed with UNTIL, then every removed instance, exception or not, comes back cancelled', async () => {
    const { calendarId, masterId, single, plain } = await seriesWithTokens(5);
    const trim = { recurrence: ['RRULE:FREQ=WEEKLY;UNTIL=20250325T000000Z'] };
    await api.events.patch({ calendarId, eventId: masterId, requestBody: trim });
    const expanded = await syncAll(api, { calendarId, singleEvents: true, syncToken: single });
    expect(cancelled(expanded.items)).toEqual([
      cancelledInstance(masterId, ...MARCH_31),
      cancelledInstance(masterId, ...APRIL_7),
      cancelledInstance(masterId, ...APRIL_14),
    ]);
    expect(confirmedIds(expanded.items)).toEqual(['20250317T090000Z', '20250324T090000Z']);
    expect((await syncAll(api, { calendarId, singleEvents: true, syncToken: expanded.syncToken })).items).toEqual([]);
    const unexpanded = await syncAll(api, { calendarId, syncToken: plain });
    expect(unexpanded.items.map((item) => [item.id, item.recurrence])).toEqual([
      [masterId, trim.recurrence],
      [`${masterId}_${APRIL_7[0]}`, undefined],
    ]);
    expect(unexpanded.items[1]).toEqual({
      kind: 'calendar#event',
      etag: expect.any(String),
      id: `${masterId}_${APRIL_7[0]}`,
      status: 'cancelled',
    });
  });

  test('when COUNT is lowered, then the instances past the new count come back cancelled', async () => {
    const { calendarId, masterId, single } = await seriesWithTokens(4);
    const { data: master } = await api.events.get({ calendarId, eventId: masterId });
    await api.events.update({
      calendarId,
      eventId: masterId,
      requestBody: { ...master, recurrence: weekly(2).recurrence },
    });
    const { items } = await syncAll(api, { calendarId, singleEvents: true, syncToken: single });
    expect(cancelled(items)).toEqual([
      cancelledInstance(masterId, ...MARCH_31),
      cancelledInstance(masterId, ...APRIL_7),
    ]);
  });

  test("when the series' start moves, then the old instances come back cancelled and the new ones confirmed", async () => {
    const calendarId = await newCalendar();
    const { data: master } = await api.events.insert({ calendarId, requestBody: weekly(2) });
    const masterId = master.id ?? '';
    const { syncToken } = await syncAll(api, { calendarId, singleEvents: true });
    await api.events.patch({
      calendarId,
      eventId: masterId,
      requestBody: {
        start: { dateTime: '2025-03-18T10:00:00', timeZone: 'Europe/Berlin' },
        end: { dateTime: '2025-03-18T11:00:00', timeZone: 'Europe/Berlin' },
      },
    });
    const { items } = await syncAll(api, { calendarId, singleEvents: true, syncToken });
    expect(cancelled(items)).toEqual([
      cancelledInstance(masterId, '20250317T090000Z', '2025-03-17T10:00:00+01:00'),
      cancelledInstance(masterId, '20250324T090000Z', '2025-03-24T10:00:00+01:00'),
    ]);
    expect(confirmedIds(items)).toEqual(['20250318T090000Z', '20250325T090000Z']);
  });

  test('when a series is trimmed and extended again, then the instances that came back are confirmed, not cancelled', async () => {
    const { calendarId, masterId, single } = await seriesWithTokens(5);
    await api.events.patch({ calendarId, eventId: masterId, requestBody: { recurrence: weekly(2).recurrence } });
    await api.events.patch({ calendarId, eventId: masterId, requestBody: { recurrence: weekly(3).recurrence } });
    const { items } = await syncAll(api, { calendarId, singleEvents: true, syncToken: single });
    expect(cancelled(items).map((item) => item.id)).toEqual([
      `${masterId}_${APRIL_7[0]}`,
      `${masterId}_${APRIL_14[0]}`,
    ]);
    expect(confirmedIds(items)).toEqual(['20250317T090000Z', '20250324T090000Z', MARCH_31[0]]);
  });

  test('when the series stops recurring, then its instances come back cancelled and it is listed as a single event', async () => {
    const { calendarId, masterId, single } = await seriesWithTokens(4);
    await api.events.patch({ calendarId, eventId: masterId, requestBody: { recurrence: null } });
    const { items } = await syncAll(api, { calendarId, singleEvents: true, syncToken: single });
    expect(cancelled(items).map((item) => item.id?.slice(-16))).toEqual([
      '20250317T090000Z',
      '20250324T090000Z',
      MARCH_31[0],
      APRIL_7[0],
    ]);
    expect(items.filter((item) => item.status === 'confirmed').map((item) => item.id)).toEqual([masterId]);
  });

  test('when a whole series with an exception is deleted, then each of its occurrences comes back as one cancelled instance', async () => {
    const { calendarId, masterId, single, plain } = await seriesWithTokens(4);
    await api.events.delete({ calendarId, eventId: masterId });
    const { items } = await syncAll(api, { calendarId, singleEvents: true, syncToken: single });
    expect(cancelled(items)).toEqual([
      cancelledInstance(masterId, '20250317T090000Z', '2025-03-17T10:00:00+01:00'),
      cancelledInstance(masterId, '20250324T090000Z', '2025-03-24T10:00:00+01:00'),
      cancelledInstance(masterId, ...MARCH_31),
      cancelledInstance(masterId, ...APRIL_7),
    ]);
    expect(items).toHaveLength(4);
    const unexpanded = await syncAll(api, { calendarId, syncToken: plain });
    expect(unexpanded.items.find((item) => item.id === masterId)).toEqual({
      kind: 'calendar#event',
      etag: expect.any(String),
      id: masterId,
      status: 'cancelled',
    });
  });
});
