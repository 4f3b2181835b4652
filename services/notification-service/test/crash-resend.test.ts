import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { type AddressInfo, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { signToken } from '@calbridge/http';
import { eventually, type ServiceProcess, startServiceProcess } from '@calbridge/testkit';
import { afterEach, describe, expect, test } from '@jest/globals';
import { readConfig } from '../src/config.ts';
import { integrationStatusChanged } from './support/events.ts';
import { eventPublisher, notificationTestEnv } from './support/notification-fixture.ts';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.ts';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.ts';

const serviceDir = fileURLToPath(new URL('..', import.meta.url));
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

const cleanups: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * The real service process, its partner's settings saved, and a way to kill it at once (SIGKILL: no graceful close,
 * nothing recorded after that instant) and start it again on the same database, topics and group.
 */
async function crashableService(smtpUrl: string, settings: object, extraEnv: Record<string, string> = {}) {
  // Everything logged, so a test can check what never is.
  const { env, drop } = await notificationTestEnv(smtpUrl, {
    NOTIFICATION_LEASE_SECONDS: '2',
    LOG_LEVEL: 'debug',
    ...extraEnv,
  });
  cleanups.push(drop);
  const config = readConfig(env);
  const partnerId = randomUUID();
  const first = await startServiceProcess(serviceDir, env);
  let current: ServiceProcess = first;
  cleanups.push(() => current.terminate());
  const saved = await fetch(`${current.url}/v1/notification-settings`, {
    method: 'PUT',
    headers: {
      authorization: `Bearer ${signToken({ partnerId }, config.AUTH_JWT_SECRET)}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(settings),
  });
  expect(saved.status).toBe(200);
  const publisher = await eventPublisher(config);
  cleanups.push(publisher.close);
  const log = async () => {
    const response = await fetch(`${current.url}/v1/notifications`, {
      headers: { authorization: `Bearer ${signToken({ partnerId }, config.AUTH_JWT_SECRET)}` },
    });
    return ((await response.json()) as { items: { status: string; attempts: number; lastError?: string }[] }).items;
  };
  return {
    partnerId,
    secret: ((await saved.json()) as { webhookSecret?: string }).webhookSecret,
    firstOutput: () => first.output(),
    publish: publisher.publish,
    log,
    kill: (signal: NodeJS.Signals = 'SIGKILL') => {
      const exited = once(current.child, 'exit');
      current.child.kill(signal);
      return exited;
    },
    // Live is enough: the killed member holds its partitions until its Kafka session times out (readiness waits
    // for that), while the delivery worker starts at once.
    restart: async () => {
      current = await startLiveProcess(env);
    },
  };
}

/** `src/main.ts` as testkit starts it, waited for until `/health/live` answers. */
async function startLiveProcess(env: Record<string, string>): Promise<ServiceProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--conditions=@calbridge/source', 'src/main.ts'], {
    cwd: serviceDir,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  await eventually(async () => {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
    expect((await fetch(`${url}/health/live`)).status).toBe(200);
  });
  // Ended at once: a graceful close would wait for the consumer group to settle the killed member first.
  const terminate = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
    return child.exitCode;
  };
  return { url, child, output: () => '', terminate };
}

describe('a service killed mid-delivery', () => {
  test('when it dies after handing an e-mail to SMTP and before recording it, then after restart it sends it once more, with the same Message-ID', async () => {
    let kill: (() => Promise<unknown>) | undefined;
    let killed: Promise<unknown> | undefined;
    const sink: SmtpSink = await startSmtpSink({
      beforeAccept: () => {
        if (!killed) killed = kill?.();
      },
    });
    cleanups.push(sink.close);
    const service = await crashableService(sink.url, { email: 'ops@partner.example' });
    kill = service.kill;

    await service.publish(
      integrationStatusChanged(service.partnerId, { status: 'needs_reauth', reason: 'google_authorization_revoked' }),
    );
    await eventually(() => expect(killed).toBeDefined());
    await killed;
    expect(sink.received).toHaveLength(1);
    await service.restart();
    await eventually(async () => expect(await service.log()).toMatchObject([{ status: 'sent', attempts: 2 }]));
    await new Promise((resolve) => setTimeout(resolve, 2_500));

    expect(sink.received).toHaveLength(2);
    const [first, second] = sink.received;
    expect(second?.messageId).toBe(first?.messageId);
    expect(second?.subject).toBe(first?.subject);
    expect(first?.to).toEqual(['ops@partner.example']);
  });

  test('when it dies after POSTing a webhook and before recording it, then the repeat carries the same delivery id', async () => {
    let kill: (() => Promise<unknown>) | undefined;
    let killed: Promise<unknown> | undefined;
    const receiver: WebhookReceiver = await startWebhookReceiver((n) => {
      if (n === 1) killed = kill?.();
      return 200;
    });
    cleanups.push(receiver.close);
    const sink = await startSmtpSink();
    cleanups.push(sink.close);
    const service = await crashableService(sink.url, { webhookUrl: receiver.url });
    kill = service.kill;

    await service.publish(integrationStatusChanged(service.partnerId, { status: 'error', reason: 'boom' }));
    await eventually(() => expect(killed).toBeDefined());
    await killed;
    await service.restart();
    await eventually(async () => expect(await service.log()).toMatchObject([{ status: 'sent', attempts: 2 }]));
    await new Promise((resolve) => setTimeout(resolve, 2_500));

    expect(receiver.requests).toHaveLength(2);
    const [first, second] = receiver.requests;
    expect(second?.headers['calbridge-delivery']).toBe(first?.headers['calbridge-delivery']);
    expect(second?.body).toBe(first?.body);
    // The first process logged at debug level from its start to its death: the secret is in none of it.
    expect(service.firstOutput()).toContain('notification-service started');
    expect(service.secret).toMatch(/^whsec_/);
    expect(service.firstOutput()).not.toContain(service.secret);
  });

  test('when a retry is due after the service stopped, then the restarted service sends it: retries are rows, not timers', async () => {
    const receiver: WebhookReceiver = await startWebhookReceiver((n) => (n === 1 ? 500 : 200));
    cleanups.push(receiver.close);
    const sink = await startSmtpSink();
    cleanups.push(sink.close);
    // The retry is due 1.5–3 s after the 500, long after the process is gone.
    const service = await crashableService(
      sink.url,
      { webhookUrl: receiver.url },
      { NOTIFICATION_RETRY_BASE_MS: '3000' },
    );

    await service.publish(integrationStatusChanged(service.partnerId, { status: 'error', reason: 'boom' }));
    await eventually(async () =>
      expect(await service.log()).toMatchObject([
        { status: 'pending', attempts: 1, lastError: 'the webhook answered 500' },
      ]),
    );
    await service.kill('SIGTERM');
    expect(receiver.requests).toHaveLength(1);
    await service.restart();
    await eventually(async () => expect(await service.log()).toMatchObject([{ status: 'sent', attempts: 2 }]));

    expect(receiver.requests).toHaveLength(2);
  });
});
