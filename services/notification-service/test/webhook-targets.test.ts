import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { integrationStatusChanged } from './support/events.ts';
import { type NotificationService, startNotificationService } from './support/notification-fixture.ts';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.ts';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.ts';

let sink: SmtpSink;
let receiver: WebhookReceiver;
let service: NotificationService;

// As in production: local targets are not allowed.
beforeAll(async () => {
  sink = await startSmtpSink();
  receiver = await startWebhookReceiver();
  service = await startNotificationService(sink.url, { WEBHOOK_ALLOW_LOCAL_TARGETS: 'false' });
});

afterAll(async () => {
  await service?.close();
  await receiver?.close();
  await sink?.close();
});

describe('webhook targets', () => {
  test.each([
    ['http://hooks.partner.example/a', 'must be https'],
    ['https://127.0.0.1/a', '127.0.0.1 is a loopback address'],
    ['https://10.1.2.3/a', '10.1.2.3 is a private address'],
    ['https://169.254.169.254/latest/meta-data', '169.254.169.254 is a link-local address'],
    ['https://[::1]/a', '::1 is a loopback address'],
    ['https://[::ffff:192.168.1.1]/a', '::ffff:c0a8:101 is a private address'],
  ])('when a partner saves %s, then it is refused: %s', async (webhookUrl, problem) => {
    const saved = await service.api(randomUUID()).putSettings({ webhookUrl });
    expect(saved.statusCode).toBe(400);
    expect(saved.json().errors).toEqual([{ field: 'body.webhookUrl', message: `Invalid webhook URL: ${problem}` }]);
  });

  test('when a name resolves to 127.0.0.1, then delivery is refused after resolution and the notification fails with the reason', async () => {
    const partnerId = randomUUID();
    const webhookUrl = `https://localhost:${receiver.port}/hooks/calbridge`;
    expect((await service.api(partnerId).putSettings({ webhookUrl })).statusCode).toBe(200);

    await service.deliver(integrationStatusChanged(partnerId, { status: 'error', reason: 'boom' }));
    const [item] = await service.settledLog(partnerId, 1);

    expect(item).toMatchObject({ channel: 'webhook', recipient: webhookUrl, status: 'failed', attempts: 1 });
    expect(item?.lastError).toMatch(
      /^webhook target refused: localhost resolves to (127\.0\.0\.1, a loopback address|::1, a loopback address)$/,
    );
    expect(receiver.requests).toHaveLength(0);
  });
});
