import { randomUUID } from 'node:crypto';
import { startBareFastifyProcess } from './bare-fastify-process.ts';
import { startConnectorForBench } from './connector-service.bench-env.ts';
import { cpuPerItem } from './cpu-per-item.ts';
import { startEmulatorProcess } from './google-emulator-process.ts';
import { postLoad } from './http-load.ts';
import { preparePartnerCalendars } from './inbound-google.bench-env.ts';
import { seedInboundIntegration, seedOpenChannel } from './inbound-seed.ts';

const connections = 50;

/**
 * POST /webhooks/google of calendar-connector (its own process, Google being the emulator) under autocannon, against
 * a bare Fastify process with one POST route under the same load in the same run. Every notification names one open
 * channel with its true token, so each is verified and asks for a sync; the connector's own counter of requested
 * syncs must match the 2xx autocannon saw, or a 200 was an unverified notification.
 */
export async function webhookIntakeBench(options: { seconds?: number } = {}) {
  const seconds = options.seconds ?? Number(process.env.BENCH_WEBHOOK_SECONDS ?? 10);
  const emulator = await startEmulatorProcess();
  const bare = await startBareFastifyProcess();
  const google = await preparePartnerCalendars(emulator, 1);
  const connector = await startConnectorForBench({
    emulatorUrl: emulator.url,
    serviceAccountKeyFile: google.keyFile,
    concurrency: 16,
  });
  try {
    const calendarId = google.calendarIds[0] as string;
    const integrationId = await seedInboundIntegration(connector.db, randomUUID(), [
      { roomId: randomUUID(), calendarId },
    ]);
    const channel = await seedOpenChannel(connector.db, { integrationId, calendarId });
    const headers = {
      'x-goog-channel-id': channel.id,
      'x-goog-channel-token': channel.token,
      'x-goog-resource-id': channel.resourceId,
      'x-goog-resource-state': 'exists',
      'x-goog-message-number': '2',
      'content-type': 'application/json; utf-8',
    };
    // CPU µs per answered request of the server process (and the connector database's Postgres backends): steadier
    // than the rates when others load the machine.
    const load = async (server: { url: string; pid: number }, loadSeconds: number, database?: string) => {
      const meter = cpuPerItem({ processes: { server: server.pid }, ...(database ? { database } : {}) });
      const run = await postLoad({ url: `${server.url}/webhooks/google`, headers, connections, seconds: loadSeconds });
      return { ...run, cpuMicrosPerRequest: meter.stop(run.total) };
    };
    // Warm both up (JIT, pools, the channel cache) before the timed runs.
    await load(bare, 2);
    await load(connector, 2);
    const requestedBefore = await requestedSyncs(connector.url);
    const bareRun = await load(bare, seconds);
    const webhookRun = await load(connector, seconds, connector.database);
    const verified = (await requestedSyncs(connector.url)) - requestedBefore;
    return { connections, seconds, webhook: { ...webhookRun, verified }, bare: bareRun };
  } finally {
    await connector.close();
    await bare.stop();
    await emulator.stop();
    await google.removeKeyFile();
  }
}

/** The connector's count of notifications it verified and turned into a sync request (its /metrics). */
async function requestedSyncs(connectorUrl: string): Promise<number> {
  const text = await (await fetch(`${connectorUrl}/metrics`)).text();
  const line = /^connector_webhook_notifications_total\{outcome="requested"\} (\d+)/m.exec(text);
  return Number(line?.[1] ?? 0);
}
