import { describe, expect, test } from '@jest/globals';
import { bearer, demoBooking, otherPartnerId, partnerId, type TestApp, useTestApp } from './support/test-app.ts';

const booking = demoBooking;
const admin = { partnerId, role: 'admin' as const };

describe('the one tenancy rule', () => {
  let testApp: TestApp;
  useTestApp((built) => {
    testApp = built;
  });

  const list = (query: string, claims?: Parameters<typeof bearer>[0]) =>
    testApp.app.inject({ url: `/v1/bookings${query}`, headers: bearer(claims) });
  const create = (body: object, claims?: Parameters<typeof bearer>[0]) =>
    testApp.app.inject({ method: 'POST', url: '/v1/bookings', headers: bearer(claims), payload: body });

  test('when a partner names another partner, then 403 partner_forbidden; itself in any case is fine', async () => {
    const response = await list(`?partnerId=${otherPartnerId}`);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'partner_forbidden' });
    expect((await list(`?partnerId=${partnerId.toUpperCase()}`)).json()).toMatchObject({ partnerId });
  });

  test('when an admin names no partner, then it sees every partner; naming one, then that one', async () => {
    expect((await list('', admin)).json()).toMatchObject({ partnerId: null });
    expect((await list(`?partnerId=${otherPartnerId.toUpperCase()}`, admin)).json()).toMatchObject({
      partnerId: otherPartnerId,
    });
  });

  test('when an admin creates without naming the owning partner, then 400 names body.partnerId', async () => {
    const response = await create(booking, admin);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', errors: [{ field: 'body.partnerId' }] });
  });

  test('when an admin creates for a named partner, then that partner owns it; a partner owns its own', async () => {
    expect((await create({ ...booking, partnerId: otherPartnerId }, admin)).json()).toMatchObject({
      partnerId: otherPartnerId,
    });
    expect((await create(booking)).json()).toMatchObject({ partnerId });
  });
});
