import { Writable } from 'node:stream';
import { afterAll, beforeAll } from '@jest/globals';
import { pino } from 'pino';
import { buildHttpApp, type HttpApp, type HttpAppOptions, signToken } from '../../src/index.ts';
import { demoRoutes } from './demo.routes.ts';

export const jwtSecret = 'test-secret-that-is-long-enough-for-hs256';
export const partnerId = '0b7c5a8e-3f4d-4c2a-9b1e-6d5f4e3c2b1a';
export const otherPartnerId = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

/** A booking the demo routes accept as it is; tests spread it and change the field they are about. */
export const demoBooking = {
  roomId: '5f0c6a2e-1d3b-4e5f-8a9b-0c1d2e3f4a5b',
  start: '2026-12-01T10:00:00Z',
  end: '2026-12-01T11:00:00Z',
  name: 'Escape night',
};

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

/** Registers the file's hooks: the demo app built before its tests (handed to `ready`) and closed after them. */
export function useTestApp(ready: (built: TestApp) => void, overrides: Partial<HttpAppOptions> = {}): void {
  let built: TestApp | undefined;
  beforeAll(async () => {
    built = await buildTestApp(overrides);
    ready(built);
  });
  afterAll(async () => {
    await built?.app.close();
  });
}
