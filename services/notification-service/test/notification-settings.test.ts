import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { integrationStatusChanged } from './support/events.ts';
import { type NotificationService, startNotificationService } from './support/notification-fixture.ts';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.ts';

let sink: SmtpSink;
let service: NotificationService;

beforeAll(async () => {
  sink = await startSmtpSink();
  service = await startNotificationService(sink.url);
});

afterAll(async () => {
  await service?.close();
  await sink?.close();
});

describe('notification settings', () => {
  test('when a webhook is set, then its signing secret is shown in that answer only, and kept while the URL changes', async () => {
    const api = service.api(randomUUID());
    const first = await api.putSettings({
      email: 'ops@partner.example',
      webhookUrl: 'https://hooks.partner.example/a',
    });
    const secret = first.json().webhookSecret;

    expect(first.statusCode).toBe(200);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(first.json()).toMatchObject({
      email: 'ops@partner.example',
      customerConfirmations: false,
      hasWebhookSecret: true,
    });
    const read = await api.getSettings();
    expect(read.json()).toEqual({
      partnerId: read.json().partnerId,
      email: 'ops@partner.example',
      webhookUrl: 'https://hooks.partner.example/a',
      customerConfirmations: false,
      language: 'en',
      hasWebhookSecret: true,
    });
    const moved = await api.putSettings({ webhookUrl: 'https://hooks.partner.example/b', customerConfirmations: true });
    expect(moved.json().webhookSecret).toBeUndefined();
    expect(moved.json()).toMatchObject({ email: null, customerConfirmations: true, hasWebhookSecret: true });
    expect(`${read.body}${moved.body}`).not.toContain(secret);
  });

  test('when the webhook is removed and set again, then a new secret is issued; rotating without a webhook is 409', async () => {
    const api = service.api(randomUUID());
    const first = (await api.putSettings({ webhookUrl: 'https://hooks.partner.example/a' })).json().webhookSecret;
    const removed = await api.putSettings({ email: 'ops@partner.example' });
    expect(removed.json()).toMatchObject({ webhookUrl: null, hasWebhookSecret: false });
    expect((await api.rotateSecret()).json()).toMatchObject({ status: 409, code: 'webhook_not_configured' });
    const again = (await api.putSettings({ webhookUrl: 'https://hooks.partner.example/a' })).json().webhookSecret;
    expect(again).toMatch(/^whsec_/);
    expect(again).not.toBe(first);
  });

  test('when a partner has saved nothing, then it reads the defaults', async () => {
    const partnerId = randomUUID();
    expect((await service.api(partnerId).getSettings()).json()).toEqual({
      partnerId,
      email: null,
      webhookUrl: null,
      customerConfirmations: false,
      language: 'en',
      hasWebhookSecret: false,
    });
  });

  test('when a partner chooses a language, then it is kept; one calbridge does not write is 400 naming it', async () => {
    const api = service.api(randomUUID());
    expect((await api.putSettings({ email: 'ops@partner.example', language: 'de' })).json().language).toBe('de');
    expect((await api.getSettings()).json().language).toBe('de');

    const bad = await api.putSettings({ email: 'ops@partner.example', language: 'fr' });

    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((error: { field: string }) => error.field)).toEqual(['body.language']);
  });

  test('when input is invalid, then 400 names each bad field', async () => {
    const api = service.api(randomUUID());
    const bad = await api.putSettings({ email: 'not-an-address', customerConfirmations: 'yes', extra: 1 });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['body.email', 'body.customerConfirmations']));
    const ftp = await api.putSettings({ webhookUrl: 'ftp://hooks.partner.example/a' });
    expect(ftp.statusCode).toBe(400);
    expect(ftp.json().errors).toEqual([{ field: 'body.webhookUrl', message: 'Invalid webhook URL: must be http(s)' }]);
    const credentials = await api.putSettings({ webhookUrl: 'https://user:pw@hooks.partner.example/a' });
    expect(credentials.json().errors[0].field).toBe('body.webhookUrl');
  });
});

describe('tenancy', () => {
  test('when partners read settings and logs, then each sees only its own; naming another partner is 403', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const secretOfA = (
      await service.api(a).putSettings({ email: 'a@partner.example', webhookUrl: 'https://a.example/h' })
    ).json().webhookSecret;
    await service.api(b).putSettings({ email: 'b@partner.example' });
    await service.deliver(integrationStatusChanged(a, { status: 'error', reason: 'boom' }));
    await service.settledLog(b, 0);

    expect((await service.api(b).getSettings()).json().email).toBe('b@partner.example');
    expect((await service.api(b).getSettings({ partnerId: a })).json()).toMatchObject({
      status: 403,
      code: 'partner_forbidden',
    });
    expect((await service.api(b).putSettings({ email: 'x@y.example', partnerId: a })).statusCode).toBe(403);
    expect((await service.api(b).rotateSecret({ partnerId: a })).statusCode).toBe(403);
    expect((await service.api(b).notifications({ partnerId: a })).statusCode).toBe(403);
    expect((await service.api(b).notifications()).json().items).toEqual([]);
    const ofA = (await service.api(a).notifications()).json().items;
    expect(ofA.length).toBeGreaterThan(0);
    expect(JSON.stringify(ofA)).not.toContain(secretOfA);
  });

  test('when an admin acts, then it names the partner; unnamed, it reads every partner’s log', async () => {
    const partnerId = randomUUID();
    const admin = service.api(randomUUID(), 'admin');
    expect((await admin.putSettings({ email: 'ops@partner.example' })).json().errors[0].field).toBe('body.partnerId');
    expect((await admin.getSettings()).json().errors[0].field).toBe('query.partnerId');
    expect((await admin.putSettings({ email: 'ops@partner.example', partnerId })).statusCode).toBe(200);
    expect((await service.api(partnerId).getSettings()).json().email).toBe('ops@partner.example');

    await service.deliver(
      integrationStatusChanged(partnerId, { status: 'needs_reauth', reason: 'google_authorization_revoked' }),
    );
    await service.settledLog(partnerId, 1);
    const all = (await admin.notifications()).json().items.map((item: { recipient: string }) => item.recipient);
    expect(all).toContain('ops@partner.example');
  });

  test('when the log spans pages, then cursors walk it newest first without gaps; a foreign cursor is 400', async () => {
    const partnerId = randomUUID();
    await service.api(partnerId).putSettings({ email: 'pages@partner.example' });
    await service.deliver(
      ...Array.from({ length: 5 }, () => integrationStatusChanged(partnerId, { status: 'error', reason: 'boom' })),
    );
    const all = await service.settledLog(partnerId, 5);

    const first = (await service.api(partnerId).notifications({ limit: '2' })).json();
    const second = (await service.api(partnerId).notifications({ limit: '2', cursor: first.nextCursor })).json();
    const third = (await service.api(partnerId).notifications({ limit: '2', cursor: second.nextCursor })).json();
    const walked = [...first.items, ...second.items, ...third.items].map((item: { id: string }) => item.id);
    expect(walked).toEqual(all.map((item) => item.id));
    expect(third.nextCursor).toBeNull();
    const foreign = await service.api(partnerId).notifications({ cursor: 'bm90LWEtY3Vyc29y' });
    expect(foreign.json().errors).toEqual([{ field: 'query.cursor', message: expect.any(String) }]);
  });
});
