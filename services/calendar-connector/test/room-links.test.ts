import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type ConnectorFixture, connectorFixture } from './support/connector-fixture.ts';
import { serviceAccountEmail } from './support/google-world.ts';
import { type PartnerApi, partnerApi } from './support/partner-api.ts';

let fixture: ConnectorFixture;
let partner: PartnerApi;
const partnerId = randomUUID();
const owner = 'venue-links@example.com';

const integration = async (mode: string) =>
  (await partner.post('/v1/integrations', { name: `SA ${mode}`, mode, dataScope: 'full', auth: 'service_account' }))
    .body.id as string;

const sharedCalendar = async (role: 'reader' | 'writer') => {
  const calendarId = await fixture.google.createCalendar(
    owner,
    `Room calendar ${randomUUID().slice(0, 8)}`,
    'Europe/Warsaw',
  );
  await fixture.google.share(calendarId, serviceAccountEmail, role);
  return calendarId;
};

beforeAll(async () => {
  fixture = await connectorFixture();
  partner = partnerApi(fixture.url, fixture.tokenFor(partnerId));
  await fixture.google.createUser(owner);
});
afterAll(async () => {
  await fixture?.close();
});

describe('access check before linking', () => {
  test('when the calendar is not shared with the service account, then 422 naming its e-mail and read access', async () => {
    const id = await integration('to_calendar');
    const calendarId = await fixture.google.createCalendar(owner, 'Not shared', 'Europe/Warsaw');

    const linked = await partner.put(`/v1/integrations/${id}/rooms/${randomUUID()}`, { calendarId });

    expect(linked.status).toBe(422);
    expect(linked.body).toMatchObject({
      code: 'calendar_not_accessible',
      calendarId,
      shareWith: serviceAccountEmail,
      missingAccess: 'read',
    });
    expect(linked.body.detail).toContain(serviceAccountEmail);
    expect((await partner.get(`/v1/integrations/${id}/rooms`)).body.items).toEqual([]);
  });

  test('when the service account may only read and the mode writes bookings, then 422 naming write access', async () => {
    const id = await integration('to_calendar');
    const calendarId = await sharedCalendar('reader');

    const linked = await partner.put(`/v1/integrations/${id}/rooms/${randomUUID()}`, { calendarId });

    expect(linked.status).toBe(422);
    expect(linked.body).toMatchObject({ code: 'calendar_not_accessible', missingAccess: 'write' });
  });

  test('when the service account may only read and the mode only reads, then the link is made', async () => {
    const id = await integration('from_calendar');
    const calendarId = await sharedCalendar('reader');

    const linked = await partner.put(`/v1/integrations/${id}/rooms/${randomUUID()}`, { calendarId });

    expect(linked.status).toBe(200);
    expect(linked.body.health).toBe('ok');
  });

  test('when it is shared with write access, then the room is linked with health ok and listed', async () => {
    const id = await integration('to_calendar');
    const calendarId = await sharedCalendar('writer');
    const roomId = randomUUID();

    const linked = await partner.put(`/v1/integrations/${id}/rooms/${roomId}`, { calendarId });

    expect(linked.status).toBe(200);
    expect(linked.body).toEqual({ roomId, calendarId, health: 'ok' });
    expect((await partner.get(`/v1/integrations/${id}/rooms`)).body).toEqual({
      items: [linked.body],
      nextCursor: null,
    });
    expect((await partner.get(`/v1/integrations/${id}`)).body.links).toEqual([linked.body]);
  });
});

describe('one room, one calendar', () => {
  test('when a second room is linked to a calendar in bidirectional mode, then 409 calendar_already_linked', async () => {
    const id = await integration('bidirectional');
    const calendarId = await sharedCalendar('writer');
    const first = randomUUID();
    await partner.put(`/v1/integrations/${id}/rooms/${first}`, { calendarId });

    const second = await partner.put(`/v1/integrations/${id}/rooms/${randomUUID()}`, { calendarId });

    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'calendar_already_linked', roomIds: [first] });
  });

  test('when two rooms share a calendar in a one-way mode, then both links carry a warning naming the other room', async () => {
    const id = await integration('to_calendar');
    const calendarId = await sharedCalendar('writer');
    const [first, second] = [randomUUID(), randomUUID()];
    await partner.put(`/v1/integrations/${id}/rooms/${first}`, { calendarId });

    const linked = await partner.put(`/v1/integrations/${id}/rooms/${second}`, { calendarId });

    expect(linked.status).toBe(200);
    expect(linked.body.warning).toContain(first);
    const links = (await partner.get(`/v1/integrations/${id}/rooms`)).body.items;
    expect(links.find((link: { roomId: string }) => link.roomId === first).warning).toContain(second);
  });

  test('when a calendar serves two rooms, then switching to bidirectional answers 409 and the mode stays', async () => {
    const id = await integration('to_calendar');
    const calendarId = await sharedCalendar('writer');
    await partner.put(`/v1/integrations/${id}/rooms/${randomUUID()}`, { calendarId });
    await partner.put(`/v1/integrations/${id}/rooms/${randomUUID()}`, { calendarId });

    const patched = await partner.patch(`/v1/integrations/${id}`, { mode: 'bidirectional' });

    expect(patched.status).toBe(409);
    expect(patched.body.code).toBe('calendar_already_linked');
    expect((await partner.get(`/v1/integrations/${id}`)).body.mode).toBe('to_calendar');
  });

  test('when a room linked by one integration is linked by another, then 409 room_already_linked', async () => {
    const calendarId = await sharedCalendar('writer');
    const roomId = randomUUID();
    await partner.put(`/v1/integrations/${await integration('to_calendar')}/rooms/${roomId}`, { calendarId });

    const again = await partner.put(`/v1/integrations/${await integration('to_calendar')}/rooms/${roomId}`, {
      calendarId,
    });

    expect(again.status).toBe(409);
    expect(again.body.code).toBe('room_already_linked');
  });

  test('when a room is unlinked, then it is gone, the warning of the room left alone disappears, and again 404', async () => {
    const id = await integration('to_calendar');
    const calendarId = await sharedCalendar('writer');
    const [first, second] = [randomUUID(), randomUUID()];
    await partner.put(`/v1/integrations/${id}/rooms/${first}`, { calendarId });
    await partner.put(`/v1/integrations/${id}/rooms/${second}`, { calendarId });

    const unlinked = await partner.delete(`/v1/integrations/${id}/rooms/${second}`);

    expect(unlinked.status).toBe(204);
    expect((await partner.get(`/v1/integrations/${id}/rooms`)).body.items).toEqual([
      { roomId: first, calendarId, health: 'ok' },
    ]);
    expect((await partner.delete(`/v1/integrations/${id}/rooms/${second}`)).body.code).toBe('room_link_not_found');
  });
});

describe('rooms and their bookings', () => {
  test("when the connector knows the room as another partner's, then 404 room_not_found", async () => {
    const id = await integration('to_calendar');
    const roomId = randomUUID();
    await fixture.db
      .insertInto('rooms')
      .values({ id: roomId, partner_id: randomUUID(), name: 'Theirs', timezone: 'Europe/Warsaw', version: 1 })
      .execute();

    const linked = await partner.put(`/v1/integrations/${id}/rooms/${roomId}`, {
      calendarId: await sharedCalendar('writer'),
    });

    expect(linked.status).toBe(404);
    expect(linked.body.code).toBe('room_not_found');
  });

  test('when a room is linked, then its future bookings are queued to be written, its past ones are not', async () => {
    const id = await integration('to_calendar');
    const roomId = randomUUID();
    const [future, past] = [randomUUID(), randomUUID()];
    const booking = (bookingId: string, endAt: Date) => ({
      id: bookingId,
      partner_id: partnerId,
      room_id: roomId,
      end_at: endAt,
      status: 'confirmed',
      snapshot: JSON.stringify({}),
      version: 1,
    });
    await fixture.db
      .insertInto('bookings')
      .values([booking(future, new Date(Date.now() + 86_400_000)), booking(past, new Date(Date.now() - 86_400_000))])
      .execute();

    await partner.put(`/v1/integrations/${id}/rooms/${roomId}`, { calendarId: await sharedCalendar('writer') });

    const queued = await fixture.db.selectFrom('outbound_work').select('booking_id').execute();
    expect(queued.map((row) => row.booking_id)).toContain(future);
    expect(queued.map((row) => row.booking_id)).not.toContain(past);
  });
});

describe('calendars to pick from', () => {
  test('when a service-account integration lists calendars, then it shows those linked so far with their role', async () => {
    const id = await integration('from_calendar');
    const calendarId = await sharedCalendar('reader');
    await partner.put(`/v1/integrations/${id}/rooms/${randomUUID()}`, { calendarId });

    const calendars = await partner.get(`/v1/integrations/${id}/calendars`);

    expect(calendars.status).toBe(200);
    expect(calendars.body.items).toEqual([
      {
        id: calendarId,
        summary: expect.stringMatching(/^Room calendar/),
        timeZone: 'Europe/Warsaw',
        accessRole: 'reader',
      },
    ]);
  });
});
