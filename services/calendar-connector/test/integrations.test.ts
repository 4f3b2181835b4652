import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type ConnectorFixture, connectorFixture } from './support/connector-fixture.ts';
import { serviceAccountEmail } from './support/google-world.ts';
import { type PartnerApi, partnerApi } from './support/partner-api.ts';

let fixture: ConnectorFixture;
let partner: PartnerApi;
const partnerId = randomUUID();

const lockMe = { name: 'Lock.me rooms', mode: 'bidirectional', dataScope: 'no_contact', auth: 'oauth' };
const export1 = { name: 'Bookingbility export', mode: 'to_calendar', dataScope: 'full', auth: 'service_account' };

beforeAll(async () => {
  fixture = await connectorFixture();
  partner = partnerApi(fixture.url, fixture.tokenFor(partnerId));
});
afterAll(async () => {
  await fixture?.close();
});

describe('creating and reading', () => {
  test('when a partner creates an OAuth integration, then 201 with status draft, no links and no Google account yet', async () => {
    const created = await partner.post('/v1/integrations', lockMe);

    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      partnerId,
      ...lockMe,
      status: 'draft',
      links: [],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect((await partner.get(`/v1/integrations/${created.body.id}`)).body).toEqual(created.body);
  });

  test('when a partner creates a service-account integration, then it shows the address to share calendars with', async () => {
    const created = await partner.post('/v1/integrations', export1);

    expect(created.status).toBe(201);
    expect(created.body.serviceAccountEmail).toBe(serviceAccountEmail);
    expect(created.body.googleAccount).toBeUndefined();
  });

  test('when the id is sent in upper case, then it is the same integration', async () => {
    const created = await partner.post('/v1/integrations', export1);

    const read = await partner.get(`/v1/integrations/${created.body.id.toUpperCase()}`);

    expect(read.status).toBe(200);
    expect(read.body.id).toBe(created.body.id);
  });

  test('when integrations are listed a page at a time, then every one appears once, in pages of the limit', async () => {
    const other = partnerApi(fixture.url, fixture.tokenFor(randomUUID()));
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add((await other.post('/v1/integrations', { ...export1, name: `E${i}` })).body.id);

    const seen: string[] = [];
    let path = '/v1/integrations?limit=2';
    for (;;) {
      const page = await other.get(path);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((item: { id: string }) => item.id));
      if (page.body.nextCursor === null) break;
      path = `/v1/integrations?limit=2&cursor=${page.body.nextCursor}`;
    }

    expect(seen.sort()).toEqual([...ids].sort());
  });
});

describe('changing and deleting', () => {
  test('when name, mode and data scope are patched, then the integration shows them', async () => {
    const created = await partner.post('/v1/integrations', export1);

    const patched = await partner.patch(`/v1/integrations/${created.body.id}`, {
      name: 'Renamed',
      mode: 'bidirectional',
      dataScope: 'name_only',
    });

    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: 'Renamed', mode: 'bidirectional', dataScope: 'name_only' });
  });

  test('when an integration is deleted, then it answers 404 afterwards and is gone from the list', async () => {
    const created = await partner.post('/v1/integrations', export1);

    const deleted = await partner.delete(`/v1/integrations/${created.body.id}`);

    expect(deleted.status).toBe(204);
    expect((await partner.get(`/v1/integrations/${created.body.id}`)).body.code).toBe('integration_not_found');
    expect((await partner.delete(`/v1/integrations/${created.body.id}`)).status).toBe(404);
    const listed = await partner.get('/v1/integrations?limit=200');
    expect(listed.body.items.map((item: { id: string }) => item.id)).not.toContain(created.body.id);
  });
});

describe('activation', () => {
  test('when a service-account integration is activated, then it is active; deactivated, then inactive', async () => {
    const created = await partner.post('/v1/integrations', export1);

    const activated = await partner.post(`/v1/integrations/${created.body.id}/activate`);
    const deactivated = await partner.post(`/v1/integrations/${created.body.id}/deactivate`);

    expect(activated.status).toBe(200);
    expect(activated.body.status).toBe('active');
    expect(deactivated.body.status).toBe('inactive');
  });

  test('when an OAuth integration without a connected account is activated, then 409 integration_not_authorized', async () => {
    const created = await partner.post('/v1/integrations', lockMe);

    const activated = await partner.post(`/v1/integrations/${created.body.id}/activate`);

    expect(activated.status).toBe(409);
    expect(activated.body.code).toBe('integration_not_authorized');
    expect((await partner.get(`/v1/integrations/${created.body.id}`)).body.status).toBe('draft');
  });
});

describe('bad input', () => {
  test('when fields are missing, unknown or out of their enum, then 400 naming each of them', async () => {
    const response = await partner.post('/v1/integrations', {
      name: '',
      mode: 'sideways',
      dataScope: 'everything',
      extra: 1,
    });

    expect(response.status).toBe(400);
    const fields = response.body.errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining(['body.name', 'body.mode', 'body.dataScope', 'body.auth', 'body.extra']),
    );
  });

  test('when a name holds a control character, then 400 naming body.name', async () => {
    const response = await partner.post('/v1/integrations', { ...export1, name: 'bad\u0007name' });

    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain('body.name');
  });

  test('when a patch is empty or the id is not a uuid, then 400', async () => {
    const created = await partner.post('/v1/integrations', export1);

    const empty = await partner.patch(`/v1/integrations/${created.body.id}`, {});
    const notUuid = await partner.get('/v1/integrations/not-a-uuid');
    const badCursor = await partner.get('/v1/integrations?cursor=forged');

    expect(empty.status).toBe(400);
    expect(notUuid.status).toBe(400);
    expect(notUuid.body.errors[0].field).toBe('params.id');
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.errors[0].field).toBe('query.cursor');
  });

  test('when the calendar id of a link is empty or holds a space, then 400 naming body.calendarId', async () => {
    const created = await partner.post('/v1/integrations', export1);

    const empty = await partner.put(`/v1/integrations/${created.body.id}/rooms/${randomUUID()}`, { calendarId: '' });
    const spaced = await partner.put(`/v1/integrations/${created.body.id}/rooms/${randomUUID()}`, {
      calendarId: 'a b',
    });

    expect([empty.status, spaced.status]).toEqual([400, 400]);
    expect(empty.body.errors[0].field).toBe('body.calendarId');
  });
});
