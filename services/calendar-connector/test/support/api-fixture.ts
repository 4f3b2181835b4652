import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '@calbridge/db';
import { createEmulator } from '@calbridge/google-emulator';
import { signToken } from '@calbridge/http';
import { migrateService, type RunningService, startService } from '@calbridge/runtime';
import { createServiceTestEnv } from '@calbridge/testkit';
import type { Kysely } from 'kysely';
import { type Config, readConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import { service } from '../../src/service.ts';
import { type PartnerApi, partnerApi } from './partner-api.ts';

export const serviceAccountEmail = 'calbridge-api@calbridge-test.iam.gserviceaccount.com';

async function control<T>(baseUrl: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${baseUrl}/_emulator${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text === '' ? {} : JSON.parse(text)) as T };
}

/**
 * The connector in-process on a real port with its own database and topics, and the emulator with the platform's
 * service account and OAuth client registered; the GOOGLE_* settings point at it.
 */
export async function apiFixture(env: Record<string, string> = {}) {
  const base = await createServiceTestEnv();
  const url = `http://127.0.0.1:${base.env.PORT}`;
  const emulator = await createEmulator({ port: 0 });
  const emulatorControl = {
    post: <T = Record<string, unknown>>(path: string, body: unknown = {}) =>
      control<T>(emulator.url, 'POST', path, body),
    delete: (path: string) => control(emulator.url, 'DELETE', path),
  };
  const key = await emulatorControl.post('/service-accounts', { email: serviceAccountEmail });
  const keyFile = join(tmpdir(), `calbridge-api-sa-${process.pid}-${Date.now()}.json`);
  await writeFile(keyFile, JSON.stringify(key.body), { mode: 0o600 });
  // Registered clients come with the emulator's stricter OAuth; an emulator without them accepts any client.
  const registered = await emulatorControl.post<{ clientId: string; clientSecret: string }>('/oauth-clients', {
    redirectUris: [`${url}/oauth2/callback`],
  });
  const client =
    registered.status === 200
      ? registered.body
      : { clientId: 'calbridge-api.apps.googleusercontent.com', clientSecret: 'calbridge-api-secret' };
  const config: Config = readConfig({
    ...base.env,
    GOOGLE_API_ROOT_URL: `${emulator.url}/`,
    GOOGLE_OAUTH_AUTH_URL: `${emulator.url}/o/oauth2/v2/auth`,
    GOOGLE_OAUTH_TOKEN_URL: `${emulator.url}/token`,
    GOOGLE_OAUTH_CLIENT_ID: client.clientId,
    GOOGLE_OAUTH_CLIENT_SECRET: client.clientSecret,
    GOOGLE_SERVICE_ACCOUNT_KEY_FILE: keyFile,
    PUBLIC_BASE_URL: url,
    CONNECTOR_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    ...env,
  });
  const db: Kysely<Database> = createDatabase({ url: config.DATABASE_URL, poolSize: 5 });
  await migrateService(db, service.migrationsFolder);
  const running: RunningService<Config, Database> = await startService(service, config);
  const tokenFor = (partnerId: string, role?: 'admin') => signToken({ partnerId, role }, config.AUTH_JWT_SECRET);
  return {
    config,
    db,
    url,
    emulator: { url: emulator.url, control: emulatorControl, client },
    as: (partnerId: string, role?: 'admin'): PartnerApi => partnerApi(url, tokenFor(partnerId, role)),
    createUser: async (email: string) =>
      (await emulatorControl.post<{ email: string; accessToken: string }>('/users', { email })).body,
    createCalendar: async (owner: string, summary: string, timeZone = 'Europe/Warsaw') =>
      (await emulatorControl.post<{ id: string }>('/calendars', { owner, summary, timeZone })).body.id,
    share: (calendarId: string, email: string, role: 'reader' | 'writer' | 'owner') =>
      emulatorControl.post(`/calendars/${encodeURIComponent(calendarId)}/acl`, { email, role }),
    unshare: (calendarId: string, email: string) =>
      emulatorControl.delete(`/calendars/${encodeURIComponent(calendarId)}/acl/${encodeURIComponent(email)}`),
    close: async () => {
      await running.close();
      await db.destroy();
      await emulator.close();
      await base.drop();
    },
  };
}

export type ApiFixture = Awaited<ReturnType<typeof apiFixture>>;
