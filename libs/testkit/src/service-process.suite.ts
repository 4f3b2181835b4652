// Not re-exported from index.ts: it imports @jest/globals, which only exists inside a Jest run.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from '@jest/globals';
import { runServiceProcess, startServiceProcess } from './service-process.ts';
import { createServiceTestEnv } from './service-test-env.ts';

/**
 * What every calbridge service promises as a process (spec §2, §6): migrations run, it answers health, metrics (outbox
 * depth among them) and OpenAPI, answers unknown routes with problem+json, stops on SIGTERM with exit code 0, and
 * refuses to start on bad config.
 * `consumes`: the topics its consumer subscribes to (unprefixed); its readiness then includes the consumer. The
 * service creates its topics itself (`KAFKA_CREATE_TOPICS` in the test env), so readiness also shows they exist.
 * `env`: the service's own required settings, beside the ones every service reads.
 */
export function describeServiceProcess(
  serviceDir: URL,
  { consumes = [], env: serviceEnv = {} }: { consumes?: string[]; env?: Record<string, string> } = {},
): void {
  const cwd = fileURLToPath(serviceDir);
  describe('service process', () => {
    test('when migrated and started, then it is ready, observable, answers problems, and exits cleanly on SIGTERM', async () => {
      const { env: commonEnv, drop } = await createServiceTestEnv();
      const env = { ...commonEnv, ...serviceEnv };
      const migrate = spawnSync(process.execPath, ['--conditions=@calbridge/source', 'src/db/migrate.ts'], {
        cwd,
        env: { ...process.env, ...env },
        encoding: 'utf8',
      });
      expect(migrate.status).toBe(0);
      const service = await startServiceProcess(cwd, env);
      const ready = await fetch(`${service.url}/health/ready`).then((response) => response.json());
      const live = await fetch(`${service.url}/health/live`);
      const openapi = (await fetch(`${service.url}/openapi.json`).then((response) => response.json())) as {
        openapi: string;
      };
      const metrics = await fetch(`${service.url}/metrics`).then((response) => response.text());
      const unknown = await fetch(`${service.url}/no-such-route`);
      const exitCode = await service.terminate();
      await drop();

      const consumer = consumes.length > 0 ? { consumer: 'ok' } : {};
      expect(ready).toMatchObject({ status: 'ok', checks: { postgres: 'ok', kafka: 'ok', ...consumer } });
      expect(live.status).toBe(200);
      expect(openapi.openapi).toMatch(/^3\.1\./);
      expect(metrics).toContain('http_request_duration_seconds');
      expect(metrics).toMatch(/^messaging_outbox_waiting_rows 0$/m);
      expect(metrics).toMatch(/^messaging_outbox_oldest_age_seconds 0$/m);
      expect(unknown.status).toBe(404);
      expect(unknown.headers.get('content-type')).toContain('application/problem+json');
      expect(exitCode).toBe(0);
    });

    test('when variables are missing or invalid, then start-up stops with a message naming each', async () => {
      const { code, output } = await runServiceProcess(cwd, {
        PATH: process.env.PATH,
        PORT: 'not-a-port',
        AUTH_JWT_SECRET: 'short',
      });

      expect(code).toBe(1);
      for (const name of ['PORT', 'DATABASE_URL', 'KAFKA_BROKERS', 'AUTH_JWT_SECRET']) expect(output).toContain(name);
      expect(output).not.toContain('short');
    });
  });
}
