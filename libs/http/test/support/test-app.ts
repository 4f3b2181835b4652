import { Writable } from 'node:stream';
import { pino } from 'pino';
import { buildHttpApp, type HttpApp, type HttpAppOptions, signToken } from '../../src/index.ts';
import { demoRoutes } from './demo.routes.ts';

export const jwtSecret = 'test-secret-that-is-long-enough-for-hs256';
export const partnerId = '0b7c5a8e-3f4d-4c2a-9b1e-6d5f4e3c2b1a';
export const otherPartnerId = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

export interface TestApp {
  app: HttpApp;
  logLines: () => Record<string, unknown>[];
}

export async function buildTestApp(overrides: Partial<HttpAppOptions> = {}): Promise<TestApp> {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const app = await buildHttpApp({
    logger: pino({ level: 'info' }, sink),
    title: 'demo-service',
    version: '1.2.3',
    jwtSecret,
    readinessChecks: {},
    ...overrides,
  });
  await app.register(demoRoutes);
  await app.ready();
  return { app, logLines: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

export function bearer(claims: { partnerId: string; role?: 'admin' } = { partnerId }): { authorization: string } {
  return { authorization: `Bearer ${signToken(claims, jwtSecret)}` };
}
