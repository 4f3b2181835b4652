import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { eventIdFor } from '../src/outbound/event-id.ts';
import { bookingCreated, bookingSnapshot, partnerId, roomUpserted } from './support/booking-events.ts';
import { type ConnectorFixture, connectorFixture } from './support/connector-fixture.ts';
import { type GoogleUser, serviceAccountEmail } from './support/google-world.ts';
import { type PartnerApi, partnerApi } from './support/partner-api.ts';

let fixture: ConnectorFixture;
let partner: PartnerApi;
let owner: GoogleUser;
let calendarId: string;
const room = { id: randomUUID(), name: 'Laboratorium', timezone: 'Europe/Warsaw' };
const booking = bookingSnapshot(room.id, { start: '2027-05-01T16:00:00.000Z', end: '2027-05-01T17:00:00.000Z' });

beforeAll(async () => {
  fixture = await connectorFixture();
  partner = partnerApi(fixture.url, fixture.tokenFor(partnerId));
  owner = await fixture.google.createUser('bookingbility-venue@example.com');
  calendarId = await fixture.google.createCalendar(owner.email, room.name, 'Europe/Warsaw');
  await fixture.google.share(calendarId, serviceAccountEmail, 'writer');
  // The booking exists before the partner sets anything up: activation must write it, not only new ones.
  await fixture.deliver(roomUpserted(room), bookingCreated(booking));
});
afterAll(async () => {
  await fixture?.close();
});

const storedEvent = async () =>
  (await fixture.google.calendarOf(owner).events.get({ calendarId, eventId: eventIdFor(booking.id) })).data;

const statusesOf = (integrationId: string) =>
  fixture.integrationEvents.events
    .filter(({ event }) => event.type === 'IntegrationStatusChanged' && event.subject === integrationId)
    .map(({ event }) => {
      const { status, reason } = (event.data as { integration: { status: string; reason?: string } }).integration;
      return reason ? `${status}:${reason}` : status;
    });

test('when a partner links a room and activates, then the booking it already had appears in Google; a data-scope change re-renders it; deleting keeps it', async () => {
  const created = await partner.post('/v1/integrations', {
    name: 'Export',
    mode: 'to_calendar',
    dataScope: 'full',
    auth: 'service_account',
  });
  const id = created.body.id as string;
  expect((await partner.put(`/v1/integrations/${id}/rooms/${room.id}`, { calendarId })).status).toBe(200);

  const activated = await partner.post(`/v1/integrations/${id}/activate`);

  expect(activated.body.status).toBe('active');
  await fixture.outboundSettled();
  expect(await storedEvent()).toMatchObject({ summary: booking.name, location: room.name });
  expect((await storedEvent()).description).toContain('anna@example.com');

  const beforePatch = Date.now();
  const patched = await partner.patch(`/v1/integrations/${id}`, { dataScope: 'name_only' });

  expect(patched.body.dataScope).toBe('name_only');
  await fixture.outboundSettled();
  // The privacy change reached the event already in Google: nothing but the summary is left.
  expect((await fixture.google.requests(beforePatch)).map((call) => `${call.method} ${call.path}`)).toContain(
    `PATCH /calendar/v3/calendars/${calendarId}/events/${eventIdFor(booking.id)}`,
  );
  const renamed = await storedEvent();
  expect(renamed.summary).toBe(booking.name);
  expect(renamed.description).toBeUndefined();
  expect(renamed.location).toBeUndefined();

  const deleted = await partner.delete(`/v1/integrations/${id}`);

  expect(deleted.status).toBe(204);
  expect((await storedEvent()).status).toBe('confirmed');
  expect(await fixture.db.selectFrom('room_links').selectAll().where('integration_id', '=', id).execute()).toEqual([]);
  await eventually(() => expect(statusesOf(id)).toEqual(['active', 'inactive:deleted']));
});

test('when an integration is deactivated, then IntegrationStatusChanged says inactive; activated again, active', async () => {
  const id = (
    await partner.post('/v1/integrations', {
      name: 'Toggle',
      mode: 'from_calendar',
      dataScope: 'full',
      auth: 'service_account',
    })
  ).body.id as string;

  await partner.post(`/v1/integrations/${id}/activate`);
  await partner.post(`/v1/integrations/${id}/activate`);
  await partner.post(`/v1/integrations/${id}/deactivate`);
  await partner.post(`/v1/integrations/${id}/activate`);

  await eventually(() => expect(statusesOf(id)).toEqual(['active', 'inactive:deactivated', 'active']));
  const event = fixture.integrationEvents.events.find(({ event }) => event.subject === id);
  expect(event?.key).toBe(id);
  expect(event?.event).toMatchObject({
    type: 'IntegrationStatusChanged',
    source: 'calendar-connector',
    partnerid: partnerId,
  });
});

test('when Google answers 503 or rate-limits the access check, then 503 google_unavailable with Retry-After and nothing is linked', async () => {
  const id = (
    await partner.post('/v1/integrations', {
      name: 'Busy',
      mode: 'to_calendar',
      dataScope: 'full',
      auth: 'service_account',
    })
  ).body.id as string;
  const roomId = randomUUID();
  await fixture.google.control.put('/faults', {
    rules: [
      { path: 'calendarList', times: 1, status: 503, reason: 'backendError' },
      { path: 'calendarList', times: 1, status: 403, reason: 'userRateLimitExceeded' },
    ],
  });

  const unavailable = await partner.put(`/v1/integrations/${id}/rooms/${roomId}`, { calendarId });
  const limited = await partner.put(`/v1/integrations/${id}/rooms/${roomId}`, { calendarId });
  await fixture.google.control.put('/faults', { rules: [] });

  for (const answer of [unavailable, limited]) {
    expect(answer.status).toBe(503);
    expect(answer.body.code).toBe('google_unavailable');
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
  }
  expect((await partner.get(`/v1/integrations/${id}/rooms`)).body.items).toEqual([]);
});
