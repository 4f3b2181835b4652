import { describe, expect, test } from '@jest/globals';
import { buildTestApp } from './support/test-app.ts';

const healthy = async () => {};
const failing = async () => {
  throw new Error('connect ECONNREFUSED 10.0.0.7:9092');
};
const hanging = () => new Promise<void>(() => {});

describe('health endpoints', () => {
  test('when every readiness check passes, then /health/ready answers 200 with each check', async () => {
    const { app } = await buildTestApp({ readinessChecks: { postgres: healthy, kafka: healthy } });
    const response = await app.inject({ url: '/health/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', checks: { postgres: 'ok', kafka: 'ok' } });
    await app.close();
  });

  test('when a readiness check fails, then 503 names the failing check without its error', async () => {
    const { app, logLines } = await buildTestApp({ readinessChecks: { postgres: healthy, kafka: failing } });
    const response = await app.inject({ url: '/health/ready' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      code: 'not_ready',
      detail: 'Failing checks: kafka',
      checks: { postgres: 'ok', kafka: 'failed' },
    });
    expect(response.body).not.toContain('ECONNREFUSED');
    expect(logLines().some((line) => line.check === 'kafka' && line.msg === 'health check failed')).toBe(true);
    await app.close();
  });

  test('when a readiness check never settles, then 503 reports it as timed out', async () => {
    const { app } = await buildTestApp({ readinessChecks: { postgres: hanging }, healthCheckTimeoutMs: 20 });
    const response = await app.inject({ url: '/health/ready' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ checks: { postgres: 'timed_out' } });
    await app.close();
  });

  test('when a liveness check fails, then /health/live answers 503 naming it', async () => {
    const { app } = await buildTestApp({ livenessChecks: { consumer: failing } });
    const response = await app.inject({ url: '/health/live' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ code: 'not_live', checks: { consumer: 'failed' } });
    await app.close();
  });

  test('when no liveness checks are given, then /health/live answers 200 ok', async () => {
    const { app } = await buildTestApp({ readinessChecks: { kafka: failing } });
    const response = await app.inject({ url: '/health/live' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', checks: {} });
    await app.close();
  });
});
