import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { blockApplied, conflictDetected, integrationStatusChanged, roomUpserted } from './support/events.ts';
import { type NotificationService, startNotificationService } from './support/notification-fixture.ts';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.ts';
import {
  type Script,
  startWebhookReceiver,
  verifySignature,
  type WebhookReceiver,
} from './support/webhook-receiver.ts';

let sink: SmtpSink;
let service: NotificationService;
const receivers: WebhookReceiver[] = [];

beforeAll(async () => {
  sink = await startSmtpSink();
  service = await startNotificationService(sink.url);
});

afterEach(async () => {
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
});

afterAll(async () => {
  await service?.close();
  await sink?.close();
});

/** A partner whose webhook is a receiver answering as scripted; returns the secret shown when it was set. */
async function partnerWithWebhook(script?: Script) {
  const receiver = await startWebhookReceiver(script);
  receivers.push(receiver);
  const partnerId = randomUUID();
  const saved = await service.api(partnerId).putSettings({ webhookUrl: receiver.url });
  expect(saved.statusCode).toBe(200);
  return { partnerId, receiver, secret: saved.json().webhookSecret as string };
}

describe('partner webhooks', () => {
  test('when a conflict is notified, then the receiver gets one signed JSON POST it can verify with its secret', async () => {
    const { partnerId, receiver, secret } = await partnerWithWebhook();
    const roomId = randomUUID();
    const bookingId = randomUUID();
    await service.deliver(roomUpserted(partnerId, { id: roomId, name: 'The Vault', timezone: 'Europe/Warsaw' }));
    // An all-day event from Google: its block spans the room's local days.
    const block = blockApplied(partnerId, {
      roomId,
      bookingId,
      eventId: 'evt_fix_door',
      start: '2026-12-04T23:00:00Z',
      end: '2026-12-06T23:00:00Z',
      allDay: true,
    });
    await service.deliver(block);
    const conflict = conflictDetected(partnerId, {
      roomId,
      bookingId,
      eventId: 'evt_fix_door',
      blockId: block.data.block.id,
    });

    await service.deliver(conflict, conflict, conflict);
    const [item] = await service.settledLog(partnerId, 1);

    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    expect(request?.headers['content-type']).toBe('application/json');
    expect(verifySignature(request?.headers['calbridge-signature'] as string, request?.body ?? '', secret)).toBe(true);
    expect(verifySignature(request?.headers['calbridge-signature'] as string, `${request?.body} `, secret)).toBe(false);
    expect(request?.headers['calbridge-delivery']).toBe(item?.id);
    expect(JSON.parse(request?.body ?? '')).toMatchObject({
      id: item?.id,
      type: 'conflict_detected',
      partnerId,
      data: {
        roomId,
        roomName: 'The Vault',
        bookingId,
        calendarEventId: 'evt_fix_door',
        timezone: 'Europe/Warsaw',
        eventStart: '2026-12-04T23:00:00.000Z',
        eventEnd: '2026-12-06T23:00:00.000Z',
        eventAllDay: true,
      },
      message: { subject: `Calendar conflict: booking ${bookingId} in The Vault` },
    });
    expect(JSON.parse(request?.body ?? '').message.text).toContain(
      'Calendar event: evt_fix_door, all day, Dec 5, 2026 – Dec 6, 2026 (Europe/Warsaw)',
    );
    expect(item).toMatchObject({ channel: 'webhook', recipient: receiver.url, status: 'sent', attempts: 1 });
  });

  test('when the receiver answers 500 twice and then 200, then it gets the notification once, after the retries', async () => {
    const { partnerId, receiver, secret } = await partnerWithWebhook((n) => (n <= 2 ? 500 : 200));
    const integrationId = randomUUID();

    await service.deliver(
      integrationStatusChanged(partnerId, {
        id: integrationId,
        status: 'needs_reauth',
        reason: 'google_authorization_revoked',
      }),
    );
    const [item] = await service.settledLog(partnerId, 1);

    expect(item).toMatchObject({ trigger: 'integration_needs_reauth', status: 'sent', attempts: 3 });
    expect(receiver.requests).toHaveLength(3);
    // The same delivery, byte for byte, under the same id: a receiver that had taken the first can drop the others.
    expect(new Set(receiver.requests.map((request) => request.body)).size).toBe(1);
    expect(new Set(receiver.requests.map((request) => request.headers['calbridge-delivery'])).size).toBe(1);
    for (const request of receiver.requests)
      expect(verifySignature(request.headers['calbridge-signature'] as string, request.body, secret)).toBe(true);
    expect(JSON.parse(receiver.requests[2]?.body ?? '').data).toMatchObject({
      integrationId,
      status: 'needs_reauth',
      reason: 'google_authorization_revoked',
      reconnectUrl: `http://localhost:3000/integrations/${integrationId}/reconnect`,
    });
  });

  test('when the receiver never answers, then the notification ends failed with the reason after its retries', async () => {
    const { partnerId, receiver } = await partnerWithWebhook(() => 'hang');

    await service.deliver(
      integrationStatusChanged(partnerId, { status: 'error', reason: 'calendar X is not accessible any more: 404' }),
    );
    const [item] = await service.settledLog(partnerId, 1, 20_000);

    expect(item?.status).toBe('failed');
    expect(item?.lastError).toMatch(/^gave up after \d+ attempts: the webhook did not answer within 500 ms$/);
    expect(item?.attempts).toBeGreaterThan(1);
    expect(receiver.requests.length).toBe(item?.attempts);
    const failed = (await service.api(partnerId).notifications({ status: 'failed' })).json().items;
    expect(failed.map((entry: { id: string }) => entry.id)).toEqual([item?.id]);
    expect((await service.api(partnerId).notifications({ status: 'sent' })).json().items).toEqual([]);
    const metrics = (await service.app.inject({ url: '/metrics' })).body;
    expect(metrics).toMatch(/^notification_deliveries_total\{channel="webhook",status="failed"\} [1-9]/m);
    expect(metrics).toMatch(/^notification_deliveries_total\{channel="webhook",status="retry"\} [1-9]/m);
  });

  test('when the secret is rotated, then later deliveries are signed with the new one only', async () => {
    const { partnerId, receiver, secret } = await partnerWithWebhook();
    const rotated = await service.api(partnerId).rotateSecret();
    expect(rotated.statusCode).toBe(200);
    const newSecret = rotated.json().webhookSecret as string;
    expect(newSecret).not.toBe(secret);

    await service.deliver(integrationStatusChanged(partnerId, { status: 'error', reason: 'boom' }));
    await service.settledLog(partnerId, 1);

    const [request] = receiver.requests;
    expect(verifySignature(request?.headers['calbridge-signature'] as string, request?.body ?? '', newSecret)).toBe(
      true,
    );
    expect(verifySignature(request?.headers['calbridge-signature'] as string, request?.body ?? '', secret)).toBe(false);
  });

  test('when the partner set both e-mail and a webhook, then each channel gets one notification', async () => {
    const { partnerId, receiver } = await partnerWithWebhook();
    const email = `both-${partnerId.slice(0, 8)}@partner.example`;
    await service.api(partnerId).putSettings({ email, webhookUrl: receiver.url });

    await service.deliver(integrationStatusChanged(partnerId, { status: 'error', reason: 'boom' }));
    const items = await service.settledLog(partnerId, 2);

    expect(items.map((item) => item.channel).sort()).toEqual(['email', 'webhook']);
    expect(sink.to(email)).toHaveLength(1);
    expect(receiver.requests).toHaveLength(1);
  });
});
