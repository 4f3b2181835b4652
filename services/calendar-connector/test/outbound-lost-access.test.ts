import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventIdFor } from '../src/outbound/event-id.ts';
import { bookingCreated, bookingSnapshot, partnerId, roomUpserted } from './support/booking-events.ts';
import { type ConnectorFixture, connectorFixture } from './support/connector-fixture.ts';
import { connectGoogle } from './support/google-consent.ts';
import type { GoogleUser } from './support/google-world.ts';
import { type PartnerApi, partnerApi } from './support/partner-api.ts';

let fixture: ConnectorFixture;
let api: PartnerApi;
let owner: GoogleUser;
/** A colleague the calendar is shared with: the owner's own tokens die with the revocation. */
let viewer: GoogleUser;
let calendarId: string;
let integrationId: string;
const room = { id: randomUUID(), name: 'Escape room 1', timezone: 'Europe/Warsaw' };

beforeAll(async () => {
  fixture = await connectorFixture();
  api = partnerApi(fixture.url, fixture.tokenFor(partnerId));
  owner = await fixture.google.createUser('staff@lockme-partner.test');
  calendarId = await fixture.google.createCalendar(owner.email, room.name, 'Europe/Warsaw');
  viewer = await fixture.google.createUser('colleague@lockme-partner.test');
  await fixture.google.share(calendarId, viewer.email, 'reader');
  await fixture.deliver(roomUpserted(room));
  integrationId = (
    await api.post('/v1/integrations', {
      name: 'Lock.me',
      mode: 'bidirectional',
      dataScope: 'no_contact',
      auth: 'oauth',
    })
  ).body.id;
  expect((await connectGoogle(api, fixture.url, integrationId, owner.email)).status).toBe(200);
  expect((await api.put(`/v1/integrations/${integrationId}/rooms/${room.id}`, { calendarId })).status).toBe(200);
  expect((await api.post(`/v1/integrations/${integrationId}/activate`)).body.status).toBe('active');
});

afterAll(async () => {
  await fixture?.close();
});

const eventOf = async (bookingId: string) => {
  try {
    return (await fixture.google.calendarOf(viewer).events.get({ calendarId, eventId: eventIdFor(bookingId) })).data;
  } catch {
    return undefined;
  }
};

describe('lost Google access', () => {
  it('when the owner revokes access, then the integration needs re-authorization, nothing is dropped, and reconnecting writes what waited', async () => {
    const before = bookingSnapshot(room.id, { name: 'Before the revocation' });
    await fixture.deliver(bookingCreated(before));
    await fixture.outboundSettled();
    expect((await eventOf(before.id))?.summary).toBe('Before the revocation');

    await fixture.google.control.post('/oauth/revoke', { email: owner.email });
    const meanwhile = bookingSnapshot(room.id, {
      name: 'Booked meanwhile',
      start: '2027-03-11T17:00:00Z',
      end: '2027-03-11T18:00:00Z',
    });
    await fixture.deliver(bookingCreated(meanwhile));

    await eventually(async () =>
      expect((await api.get(`/v1/integrations/${integrationId}`)).body).toMatchObject({
        status: 'needs_reauth',
        reason: 'google_authorization_revoked',
      }),
    );
    expect(await eventOf(meanwhile.id)).toBeUndefined();
    const waiting = await fixture.db.selectFrom('outbound_work').select('booking_id').execute();
    expect(waiting.map((row) => row.booking_id)).toEqual([meanwhile.id]);

    expect((await connectGoogle(api, fixture.url, integrationId, owner.email)).status).toBe(200);

    await fixture.outboundSettled();
    expect((await api.get(`/v1/integrations/${integrationId}`)).body.status).toBe('active');
    expect((await eventOf(meanwhile.id))?.summary).toBe('Booked meanwhile');
  });
});
