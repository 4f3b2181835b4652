import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { buildTestApp, type TestApp } from './support/test-app.ts';

describe('GET /docs', () => {
  let testApp: TestApp;
  let base: string;
  const get = (path: string) => fetch(new URL(path, base), { redirect: 'manual' });
  beforeAll(async () => {
    testApp = await buildTestApp();
    await testApp.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(testApp.app.server.address() as AddressInfo).port}/docs`;
  });
  afterAll(async () => {
    await testApp.app.close();
  });

  test('when a person opens it without a token, then it is an HTML page named after the service', async () => {
    const page = await get('/docs');

    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<title>demo-service API</title>');
  });

  test('when the page is opened, then every script and stylesheet it references loads', async () => {
    const html = await (await get('/docs')).text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map(([, url]) => url ?? '');

    expect(assets).toEqual(expect.arrayContaining(['/docs/static/swagger-ui-bundle.js']));
    const answers = await Promise.all(assets.map(async (url) => [url, (await get(url)).status]));
    expect(answers).toEqual(assets.map((url) => [url, 200]));
  });

  test('when the page loads its document, then it is the service’s own OpenAPI document', async () => {
    const initializer = await (await get('/docs/static/swagger-initializer.js')).text();
    expect(initializer).toContain("url: resolveUrl('./json')");

    const shown = await (await get('/docs/json')).json();

    expect(shown).toEqual(await (await get('/openapi.json')).json());
    expect(shown).toMatchObject({ info: { title: 'demo-service' }, paths: { '/v1/bookings': expect.anything() } });
  });

  test('when the page is served, then its CSP allows only its own scripts and keeps plain http on loopback', async () => {
    const csp = (await get('/docs')).headers.get('content-security-policy');

    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  test('when the OpenAPI document is read, then the docs routes are not in it', async () => {
    const document = (await (await get('/openapi.json')).json()) as { paths: Record<string, unknown> };

    expect(Object.keys(document.paths).filter((path) => path.startsWith('/docs'))).toEqual([]);
  });
});
