import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { bookingCreated, bookingSnapshot, partnerId, roomUpserted } from './support/booking-events.ts';
import { type ConnectorFixture, connectorFixture } from './support/connector-fixture.ts';
import { connectGoogle } from './support/google-consent.ts';
import { type PartnerApi, partnerApi } from './support/partner-api.ts';

let fixture: ConnectorFixture;
let api: PartnerApi;
const room = { id: randomUUID(), name: 'Refresh room', timezone: 'Europe/Warsaw' };

beforeAll(async () => {
  fixture = await connectorFixture();
  // Access tokens that expire 2 s after the client's 5-minute refresh margin (reference §8.3).
  await fixture.google.control.put('/settings', { accessTokenLifetimeSeconds: 302 });
  api = partnerApi(fixture.url, fixture.tokenFor(partnerId));
  const owner = await fixture.google.createUser('staff@refresh-partner.test');
  const calendarId = await fixture.google.createCalendar(owner.email, room.name, 'Europe/Warsaw');
  await fixture.deliver(roomUpserted(room));
  const id = (
    await api.post('/v1/integrations', { name: 'Lock.me', mode: 'to_calendar', dataScope: 'full', auth: 'oauth' })
  ).body.id;
  await connectGoogle(api, fixture.url, id, owner.email);
  await api.put(`/v1/integrations/${id}/rooms/${room.id}`, { calendarId });
  await api.post(`/v1/integrations/${id}/activate`);
});

afterAll(async () => {
  await fixture?.close();
});

it('when the access token nears its expiry, then the connector refreshes it before the call, and Google never answers 401', async () => {
  await fixture.deliver(bookingCreated(bookingSnapshot(room.id)));
  await fixture.outboundSettled();
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  const since = Date.now();

  await fixture.deliver(
    bookingCreated(bookingSnapshot(room.id, { start: '2027-03-12T10:00:00Z', end: '2027-03-12T11:00:00Z' })),
  );
  await fixture.outboundSettled();

  // The sync of the calendar may read it too (the write's own push, the backstop): whatever calls come, the token is
  // refreshed once before the first of them, and none is refused.
  const calls = (await fixture.google.requests(since)).map((call) => `${call.method} ${call.path} ${call.status}`);
  expect(calls[0]).toBe('POST /token 200');
  expect(calls.filter((call) => call.startsWith('POST /token'))).toHaveLength(1);
  expect(calls.filter((call) => call.endsWith(' 401'))).toEqual([]);
  expect(calls.filter((call) => /^POST \/calendar\/v3\/calendars\/.+\/events 200$/.test(call))).toHaveLength(1);
});
