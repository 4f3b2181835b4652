import { calendar, type calendar_v3 } from '@googleapis/calendar';
import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import { gaxios, JWT, OAuth2Client } from 'google-auth-library';
import { type ControlClient, controlClient } from '../../src/control-client.ts';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../src/index.ts';

export interface TestEmulator extends Emulator {
  control: ControlClient;
}

export interface TestUser {
  email: string;
  accessToken: string;
  refreshToken: string;
}

export interface ServiceAccountKey {
  client_email: string;
  private_key: string;
  private_key_id: string;
}

export const CALENDAR_SCOPE = 'https://www.googleapis.com/auth/calendar';
export const REDIRECT_URI = 'http://127.0.0.1:1/oauth2/callback';
export const OAUTH_CLIENT = { clientId: 'calbridge-test.apps.googleusercontent.com', clientSecret: 'test-secret' };

/** The emulator only answers clients registered like in the Cloud console; every test uses this one. */
export async function registerTestClient(emulator: TestEmulator): Promise<void> {
  const response = await emulator.control.post('/oauth-clients', { ...OAUTH_CLIENT, redirectUris: [REDIRECT_URI] });
  if (response.status !== 200) throw new Error(`registering the OAuth client: ${response.status}`);
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  const emulator = await createEmulator({ port: 0, ...options });
  const started = { ...emulator, control: controlClient(emulator.url) };
  await registerTestClient(started);
  return started;
}

export async function createUser(emulator: TestEmulator, email: string, timeZone?: string): Promise<TestUser> {
  const response = await emulator.control.post<TestUser>('/users', { email, ...(timeZone ? { timeZone } : {}) });
  if (response.status !== 200) throw new Error(`creating ${email}: ${response.status}`);
  return response.body;
}

export function oauthClient(emulator: TestEmulator, client = OAUTH_CLIENT, redirectUri = REDIRECT_URI): OAuth2Client {
  return new OAuth2Client({
    ...client,
    redirectUri,
    endpoints: { oauth2TokenUrl: `${emulator.url}/token`, oauth2AuthBaseUrl: `${emulator.url}/o/oauth2/v2/auth` },
  });
}

/** The real Google client, authenticated as `user` the way a connector holding its tokens would be. */
export function userCalendar(emulator: TestEmulator, user: TestUser, expiryDate = Date.now() + 3_600_000) {
  const auth = oauthClient(emulator);
  auth.setCredentials({ access_token: user.accessToken, refresh_token: user.refreshToken, expiry_date: expiryDate });
  return calendar({ version: 'v3', rootUrl: `${emulator.url}/`, auth });
}

/** JWT's token URL is hard-coded; a transporter interceptor sends it to the emulator (toolchain notes). */
export function serviceAccountAuth(
  emulator: TestEmulator,
  key: ServiceAccountKey,
  scopes = [CALENDAR_SCOPE],
  subject?: string,
) {
  // google-auth-library's own gaxios export, so the transporter is the class JWT expects.
  const transporter = new gaxios.Gaxios();
  transporter.interceptors.request.add({
    resolved: async (config) => {
      if (String(config.url).startsWith('https://oauth2.googleapis.com/token'))
        config.url = new URL(`${emulator.url}/token`);
      return config;
    },
  });
  return new JWT({
    email: key.client_email,
    key: key.private_key,
    scopes,
    transporter,
    ...(subject ? { subject } : {}),
  });
}

export function serviceAccountCalendar(emulator: TestEmulator, key: ServiceAccountKey, scopes?: string[]) {
  return calendar({ version: 'v3', rootUrl: `${emulator.url}/`, auth: serviceAccountAuth(emulator, key, scopes) });
}

export type CalendarApi = calendar_v3.Calendar;

export interface UserSuite {
  emulator: TestEmulator;
  api: CalendarApi;
  /** A secondary calendar owned by the suite's user. */
  newCalendar(summary?: string, timeZone?: string): Promise<string>;
}

/**
 * Registers the file's hooks: an emulator on a free port (no per-calendar write limit) and `email` (created with
 * `timeZone`) acting through the real Google client, handed to `ready` once started; closed after the file.
 */
export function useUserCalendar(email: string, ready: (started: UserSuite) => void, timeZone?: string): void {
  let emulator: TestEmulator | undefined;
  beforeAll(async () => {
    const started = await startEmulator();
    emulator = started;
    // These suites seed calendars in bursts; the per-calendar write limit has its own tests.
    await started.control.put('/quotas', { perCalendarWritesPerSecond: 0 });
    const newCalendar = async (summary = 'Calendar', calendarTimeZone?: string) => {
      const calendar = { owner: email, summary, ...(calendarTimeZone ? { timeZone: calendarTimeZone } : {}) };
      return (await started.control.post<{ id: string }>('/calendars', calendar)).body.id;
    };
    ready({ emulator: started, api: userCalendar(started, await createUser(started, email, timeZone)), newCalendar });
  });
  afterAll(async () => {
    await emulator?.close();
  });
}

/**
 * Registers the file's hooks: one emulator, reset before every test with `email` created afresh (quotas, faults and
 * the request log start clean), handed to `ready`; closed after the file.
 */
export function useResetEmulator(
  email: string,
  ready: (started: { emulator: TestEmulator; user: TestUser }) => void,
  options: EmulatorOptions = {},
) {
  let emulator: TestEmulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator(options);
  });
  beforeEach(async () => {
    const started = emulator as TestEmulator;
    await started.control.post('/reset');
    await registerTestClient(started);
    ready({ emulator: started, user: await createUser(started, email) });
  });
  afterAll(async () => {
    await emulator?.close();
  });
}
