import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { eventually, startServiceProcess } from '@calbridge/testkit';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { bookingCreated, bookingSnapshot, roomUpserted } from './support/booking-events.ts';
import { type ConnectorFixture, connectorFixture } from './support/connector-fixture.ts';
import { serviceAccountEmail } from './support/google-world.ts';
import { seedServiceAccountIntegration } from './support/seed-integration.ts';

let fixture: ConnectorFixture;
const room = { id: randomUUID(), name: 'Log room', timezone: 'UTC' };
const customer = { email: 'private.person@example.org', phone: '+48 111 222 333' };

beforeAll(async () => {
  fixture = await connectorFixture({ OUTBOUND_MAX_ATTEMPTS: '1' }, { start: false });
  const owner = await fixture.google.createUser('owner@log-partner.test');
  const calendarId = await fixture.google.createCalendar(owner.email, room.name, 'UTC');
  await fixture.google.share(calendarId, serviceAccountEmail, 'writer');
  await seedServiceAccountIntegration(fixture.db, { links: [{ roomId: room.id, calendarId }] });
});

afterAll(async () => {
  await fixture?.close();
});

it('when the connector writes bookings and Google fails one, then no log line carries a secret, a token or a customer contact', async () => {
  const connector = await startServiceProcess(new URL('..', import.meta.url).pathname, {
    ...fixture.env,
    LOG_LEVEL: 'trace',
  });
  const written = bookingSnapshot(room.id, { customer });
  const refused = bookingSnapshot(room.id, { customer, start: '2027-05-01T10:00:00Z', end: '2027-05-01T11:00:00Z' });
  await fixture.deliver(roomUpserted(room), bookingCreated(written));
  await fixture.outboundSettled();
  await fixture.google.control.put('/faults', {
    rules: [{ method: 'POST', path: '/events$', status: 400, reason: 'invalid' }],
  });
  // Not `deliver`: a change given up is dead-lettered and its inbox mark forgotten (so a replay applies it again).
  await fixture.publish(bookingCreated(refused));
  await eventually(async () => {
    const row = await fixture.db.selectFrom('outbound_work').select('failed_at').executeTakeFirst();
    if (!row?.failed_at) throw new Error('not given up yet');
  });
  await connector.terminate();

  const output = connector.output();
  const key = JSON.parse(await readFile(fixture.config.GOOGLE_SERVICE_ACCOUNT_KEY_FILE as string, 'utf8'));
  expect(output).toContain('outbound change given up');
  for (const secret of [
    customer.email,
    customer.phone,
    key.private_key.split('\n')[1],
    fixture.config.CONNECTOR_ENCRYPTION_KEY,
    fixture.config.AUTH_JWT_SECRET,
    fixture.config.GOOGLE_OAUTH_CLIENT_SECRET,
  ]) {
    expect(output).not.toContain(secret);
  }
  expect(output).not.toMatch(/ya29\.|Bearer [A-Za-z0-9]/);
});
