import { describe, expect, test } from '@jest/globals';
import { type CalendarApi, useUserCalendar } from './support/emulator-fixture.ts';
import { timed } from './support/event-bodies.ts';
import { caught } from './support/google-error.ts';

let api: CalendarApi;
useUserCalendar('alice@example.com', (started) => ({ api } = started), 'America/Chicago');

describe('events.get and events.delete', () => {
  test('when a deleted event is fetched, then 200 with status cancelled; deleting it again answers 410 deleted', async () => {
    const { data } = await api.events.insert({
      calendarId: 'primary',
      requestBody: timed('Gone', '2025-02-01T10:00:00Z', '2025-02-01T11:00:00Z'),
    });
    const removed = await api.events.delete({ calendarId: 'primary', eventId: data.id ?? '' });
    expect(removed.status).toBe(204);
    expect(removed.data).toBe('');
    const fetched = await api.events.get({ calendarId: 'primary', eventId: data.id ?? '' });
    expect(fetched.data.status).toBe('cancelled');
    const again = await caught(api.events.delete({ calendarId: 'primary', eventId: data.id ?? '' }));
    expect(again.status).toBe(410);
    expect(again.body.error?.errors?.[0]).toEqual({
      domain: 'global',
      reason: 'deleted',
      message: 'Resource has been deleted',
    });
  });

  test('when an unknown event is fetched, then 404 notFound in Google shape', async () => {
    const error = await caught(api.events.get({ calendarId: 'primary', eventId: 'doesnotexist1' }));
    expect(error.body).toEqual({
      error: {
        errors: [{ domain: 'global', reason: 'notFound', message: 'Not Found' }],
        code: 404,
        message: 'Not Found',
      },
    });
  });

  test('when If-None-Match carries the current etag, then 304 resolves without a body', async () => {
    const { data } = await api.events.insert({
      calendarId: 'primary',
      requestBody: timed('Cached', '2025-02-02T10:00:00Z', '2025-02-02T11:00:00Z'),
    });
    const response = await api.events.get(
      { calendarId: 'primary', eventId: data.id ?? '' },
      { headers: { 'If-None-Match': data.etag ?? '' } },
    );
    expect(response.status).toBe(304);
  });
});

describe('events.patch and events.update', () => {
  test('when extended properties are patched, then keys merge and null deletes one', async () => {
    const { data } = await api.events.insert({
      calendarId: 'primary',
      requestBody: {
        ...timed('Props', '2025-03-01T10:00:00Z', '2025-03-01T11:00:00Z'),
        extendedProperties: { private: { a: '1', b: '2' } },
      },
    });
    const patched = await api.events.patch({
      calendarId: 'primary',
      eventId: data.id ?? '',
      requestBody: { extendedProperties: { private: { b: null as unknown as string, c: '3' } } },
    });
    expect(patched.data.extendedProperties).toEqual({ private: { a: '1', c: '3' } });
    expect(patched.data.summary).toBe('Props');
    expect(patched.data.etag).not.toBe(data.etag);
  });

  test('when an event is updated without extended properties, then they are gone', async () => {
    const { data } = await api.events.insert({
      calendarId: 'primary',
      requestBody: {
        ...timed('Full', '2025-03-02T10:00:00Z', '2025-03-02T11:00:00Z'),
        extendedProperties: { private: { a: '1' } },
      },
    });
    const updated = await api.events.update({
      calendarId: 'primary',
      eventId: data.id ?? '',
      requestBody: timed('Replaced', '2025-03-02T10:00:00Z', '2025-03-02T12:00:00Z'),
    });
    expect(updated.data).not.toHaveProperty('extendedProperties');
    expect(updated.data.summary).toBe('Replaced');
    expect(updated.data.sequence).toBe(1);
  });

  test('when If-Match carries a stale etag, then 412 conditionNotMet', async () => {
    const { data } = await api.events.insert({
      calendarId: 'primary',
      requestBody: timed('Race', '2025-03-03T10:00:00Z', '2025-03-03T11:00:00Z'),
    });
    await api.events.patch({ calendarId: 'primary', eventId: data.id ?? '', requestBody: { summary: 'first' } });
    const error = await caught(
      api.events.patch(
        { calendarId: 'primary', eventId: data.id ?? '', requestBody: { summary: 'second' } },
        { headers: { 'If-Match': data.etag ?? '' } },
      ),
    );
    expect(error.status).toBe(412);
    expect(error.body.error?.errors?.[0]).toEqual({
      domain: 'global',
      reason: 'conditionNotMet',
      message: 'Precondition Failed',
      locationType: 'header',
      location: 'If-Match',
    });
  });
});
