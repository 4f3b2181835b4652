import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { type ConnectorFixture, connectorFixture } from './support/connector-fixture.ts';
import { serviceAccountEmail } from './support/google-world.ts';
import { type PartnerApi, partnerApi } from './support/partner-api.ts';

let fixture: ConnectorFixture;
let partnerA: PartnerApi;
let partnerB: PartnerApi;
let admin: PartnerApi;
const partnerAId = randomUUID();
const partnerBId = randomUUID();
let integrationA: string;
let linkedRoom: string;

const body = { name: 'A export', mode: 'to_calendar', dataScope: 'full', auth: 'service_account' };

beforeAll(async () => {
  fixture = await connectorFixture();
  const as = (partnerId: string, role?: 'admin') => partnerApi(fixture.url, fixture.tokenFor(partnerId, role));
  partnerA = as(partnerAId);
  partnerB = as(partnerBId);
  admin = as(randomUUID(), 'admin');
  integrationA = (await partnerA.post('/v1/integrations', body)).body.id;
  const owner = 'tenancy-owner@example.com';
  await fixture.google.createUser(owner);
  const calendarId = await fixture.google.createCalendar(owner, 'A room', 'Europe/Warsaw');
  await fixture.google.share(calendarId, serviceAccountEmail, 'writer');
  linkedRoom = randomUUID();
  expect((await partnerA.put(`/v1/integrations/${integrationA}/rooms/${linkedRoom}`, { calendarId })).status).toBe(200);
});
afterAll(async () => {
  await fixture?.close();
});

test("when partner B uses any route on A's integration, then 404 integration_not_found, as for an id that does not exist", async () => {
  const base = `/v1/integrations/${integrationA}`;
  const answers = await Promise.all([
    partnerB.get(base),
    partnerB.patch(base, { name: 'Taken over' }),
    partnerB.post(`${base}/activate`),
    partnerB.post(`${base}/deactivate`),
    partnerB.post(`${base}/google/authorize`),
    partnerB.get(`${base}/rooms`),
    partnerB.put(`${base}/rooms/${randomUUID()}`, { calendarId: 'x@group.calendar.google.com' }),
    partnerB.delete(`${base}/rooms/${linkedRoom}`),
    partnerB.get(`${base}/calendars`),
    partnerB.delete(base),
  ]);
  const missing = await partnerB.get(`/v1/integrations/${randomUUID()}`);

  for (const answer of answers) {
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('integration_not_found');
  }
  expect({ ...answers[0]?.body, instance: undefined }).toEqual({ ...missing.body, instance: undefined });
  const unchanged = await partnerA.get(`/v1/integrations/${integrationA}`);
  expect(unchanged.body).toMatchObject({ name: 'A export', status: 'draft', links: [{ roomId: linkedRoom }] });
});

test("when partner B lists integrations, then none of A's appear; naming A's partner id answers 403", async () => {
  const own = await partnerB.get('/v1/integrations');
  const forged = await partnerB.get(`/v1/integrations?partnerId=${partnerAId}`);

  expect(own.body.items).toEqual([]);
  expect(forged.status).toBe(403);
  expect(forged.body.code).toBe('partner_forbidden');
});

test('when partner B creates an integration naming partner A, then 403 partner_forbidden', async () => {
  const created = await partnerB.post('/v1/integrations', { ...body, partnerId: partnerAId });

  expect(created.status).toBe(403);
  expect(created.body.code).toBe('partner_forbidden');
});

test('when an admin creates without naming the partner, then 400 naming body.partnerId; naming it, then it is that partner’s', async () => {
  const unnamed = await admin.post('/v1/integrations', body);
  const named = await admin.post('/v1/integrations', { ...body, partnerId: partnerBId.toUpperCase() });

  expect(unnamed.status).toBe(400);
  expect(unnamed.body.errors[0].field).toBe('body.partnerId');
  expect(named.status).toBe(201);
  expect(named.body.partnerId).toBe(partnerBId);
  expect((await partnerB.get(`/v1/integrations/${named.body.id}`)).status).toBe(200);
});

test("when an admin reads, lists or links for a partner, then it reaches that partner's integrations", async () => {
  const read = await admin.get(`/v1/integrations/${integrationA}`);
  const listedA = await admin.get(`/v1/integrations?partnerId=${partnerAId}`);
  const rooms = await admin.get(`/v1/integrations/${integrationA}/rooms`);

  expect(read.status).toBe(200);
  expect(listedA.body.items.map((item: { id: string }) => item.id)).toEqual([integrationA]);
  expect(rooms.body.items).toEqual([expect.objectContaining({ roomId: linkedRoom })]);
});

test('when a request has no token, then 401 on every /v1 route; the OAuth callback needs none', async () => {
  const anonymous = await fetch(`${fixture.url}/v1/integrations/${integrationA}`);
  const callback = await fetch(`${fixture.url}/oauth2/callback?state=nonsense`);

  expect(anonymous.status).toBe(401);
  expect(callback.status).toBe(400);
  expect(await callback.text()).toContain('not valid');
});
