import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type FakeCollector, startFakeCollector } from './fake-collector.ts';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const main = fileURLToPath(new URL('./fixtures/traced-main.ts', import.meta.url));
let collector: FakeCollector;

beforeAll(async () => {
  collector = await startFakeCollector();
});
afterAll(async () => {
  await collector.close();
});

async function runPreloaded(env: Record<string, string>) {
  const child = spawn(
    process.execPath,
    ['--conditions=@calbridge/source', '--import', '@calbridge/telemetry/register', main],
    { cwd: packageRoot, env },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stderr, headers: JSON.parse(stdout || 'null') as Record<string, string> | null };
}

describe('register entry', () => {
  test('when OTEL_EXPORTER_OTLP_ENDPOINT is unset, then nothing is traced and the service runs as usual', async () => {
    const run = await runPreloaded({});

    expect(run).toEqual({ code: 0, stderr: '', headers: {} });
  });

  test('when an endpoint is set, then spans carry a traceparent and reach the collector before exit', async () => {
    const run = await runPreloaded({ OTEL_EXPORTER_OTLP_ENDPOINT: `${collector.url}/`, OTEL_SERVICE_NAME: 'fixture' });

    expect(run.code).toBe(0);
    const traceId = /^00-([0-9a-f]{32})-[0-9a-f]{16}-01$/.exec(run.headers?.traceparent ?? '')?.[1];
    expect(traceId).toBeDefined();
    const exported = collector.received.find((request) => request.body.includes(traceId ?? '-'));
    expect(exported?.path).toBe('/v1/traces');
    expect(exported?.body).toContain('publish booking');
    expect(exported?.body).toContain('fixture');
  });
});
