import { describe, expect, test } from '@jest/globals';
import { Registry } from 'prom-client';
import { bearer, buildTestApp } from './support/test-app.ts';

describe('GET /metrics', () => {
  test('when a request was served, then the duration histogram carries its method, route template and status', async () => {
    const { app } = await buildTestApp();
    await app.inject({ url: '/v1/bookings/5f0c6a2e-1d3b-4e5f-8a9b-0c1d2e3f4a5b', headers: bearer() });
    const response = await app.inject({ url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.body).toContain('# TYPE http_request_duration_seconds histogram');
    expect(response.body).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/v1\/bookings\/:id",status_code="404"\} 1/,
    );
    expect(response.body).toContain('process_cpu_user_seconds_total');
    await app.close();
  });

  test('when no route matches, then the request is counted under one unmatched route', async () => {
    const { app } = await buildTestApp();
    await app.inject({ url: '/random/a' });
    await app.inject({ url: '/random/b' });
    const response = await app.inject({ url: '/metrics' });
    expect(response.body).toMatch(/_count\{method="GET",route="unmatched",status_code="404"\} 2/);
    await app.close();
  });

  test('when the caller passes a registry, then its own metrics are exported too and a rebuild reuses it', async () => {
    const registry = new Registry();
    const first = await buildTestApp({ metricsRegistry: registry });
    await first.app.close();
    const { app } = await buildTestApp({ metricsRegistry: registry });
    await app.inject({ url: '/health/live' });
    expect(await registry.metrics()).toContain('route="/health/live"');
    await app.close();
  });
});
