import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { topics } from '@calbridge/contracts';
import { topicsWithDeadLetters } from '@calbridge/messaging';
import { createServiceTestEnv, createTopics, runServiceProcess, startServiceProcess } from '@calbridge/testkit';
import { describe, expect, test } from '@jest/globals';

// The shared describeServiceProcess suite starts the process on topics nobody created, and the broker never
// auto-creates them (as in production, where make up and the chart do). Same checks, after creating ours.
const cwd = fileURLToPath(new URL('..', import.meta.url));
const consumed = [topics.booking, topics.calendar];

describe('service process', () => {
  test('when migrated and started, then it is ready, observable, answers problems, and exits cleanly on SIGTERM', async () => {
    const { env, drop } = await createServiceTestEnv();
    await createTopics(topicsWithDeadLetters(consumed, env.KAFKA_TOPIC_PREFIX).map(({ topic }) => topic));
    const migrate = spawnSync(process.execPath, ['--conditions=@calbridge/source', 'src/db/migrate.ts'], {
      cwd,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    expect(migrate.status).toBe(0);
    const service = await startServiceProcess(cwd, env);
    const ready = await fetch(`${service.url}/health/ready`).then((response) => response.json());
    const openapi = (await fetch(`${service.url}/openapi.json`).then((response) => response.json())) as {
      openapi: string;
    };
    const metrics = await fetch(`${service.url}/metrics`).then((response) => response.text());
    const unknown = await fetch(`${service.url}/no-such-route`);
    const exitCode = await service.terminate();
    await drop();

    expect(ready).toMatchObject({ status: 'ok', checks: { postgres: 'ok', kafka: 'ok', consumer: 'ok' } });
    expect(openapi.openapi).toMatch(/^3\.1\./);
    expect(metrics).toContain('http_request_duration_seconds');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect(exitCode).toBe(0);
  });

  test('when variables are missing or invalid, then start-up stops with a message naming each', async () => {
    const { code, output } = await runServiceProcess(cwd, {
      PATH: process.env.PATH,
      PORT: 'x',
      AUTH_JWT_SECRET: 'short',
    });

    expect(code).toBe(1);
    for (const name of ['PORT', 'DATABASE_URL', 'KAFKA_BROKERS', 'AUTH_JWT_SECRET']) expect(output).toContain(name);
    expect(output).not.toContain('short');
  });
});
