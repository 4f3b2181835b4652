import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { controlClient, createEmulator, type Emulator, type RequestLogEntry } from '@calbridge/google-emulator';
import { calendar, type calendar_v3 } from '@googleapis/calendar';
import { OAuth2Client } from 'google-auth-library';

export const serviceAccountEmail = 'calbridge@calbridge-test.iam.gserviceaccount.com';

export interface GoogleUser {
  email: string;
  accessToken: string;
  refreshToken: string;
}

/**
 * The emulator with what the platform registers in Google's console (the connector's OAuth client, its service
 * account) and helpers to act as a person in Google Calendar (through the real client, with that person's token).
 */
export async function startGoogleWorld(callbackUrl: string) {
  const emulator: Emulator = await createEmulator({ port: 0, allowHttpPushOnLoopback: true });
  const control = controlClient(emulator.url);
  const key = await control.post<Record<string, string>>('/service-accounts', { email: serviceAccountEmail });
  const keyFile = join(tmpdir(), `calbridge-sa-${process.pid}-${Date.now()}.json`);
  await writeFile(keyFile, JSON.stringify(key.body), { mode: 0o600 });
  // Registered clients arrive with the emulator's stricter OAuth; an emulator without them accepts any client.
  const registered = await control.post<{ clientId: string; clientSecret: string }>('/oauth-clients', {
    redirectUris: [callbackUrl],
  });
  const client =
    registered.status === 200
      ? registered.body
      : { clientId: 'calbridge-test.apps.googleusercontent.com', clientSecret: 'calbridge-test-secret' };
  const env = {
    GOOGLE_API_ROOT_URL: `${emulator.url}/`,
    GOOGLE_OAUTH_AUTH_URL: `${emulator.url}/o/oauth2/v2/auth`,
    GOOGLE_OAUTH_TOKEN_URL: `${emulator.url}/token`,
    GOOGLE_OAUTH_CLIENT_ID: client.clientId,
    GOOGLE_OAUTH_CLIENT_SECRET: client.clientSecret,
    GOOGLE_SERVICE_ACCOUNT_KEY_FILE: keyFile,
  };

  const createUser = async (email: string, timeZone = 'Europe/Warsaw'): Promise<GoogleUser> =>
    (await control.post<GoogleUser>('/users', { email, timeZone })).body;
  const createCalendar = async (owner: string, summary: string, timeZone: string): Promise<string> =>
    (await control.post<{ id: string }>('/calendars', { owner, summary, timeZone })).body.id;
  const share = (calendarId: string, email: string, role: 'reader' | 'writer' | 'owner') =>
    control.post(`/calendars/${encodeURIComponent(calendarId)}/acl`, { email, role });
  /** The Calendar client of a person, as the Google Calendar UI would act for them. */
  const calendarOf = (user: GoogleUser): calendar_v3.Calendar => {
    const auth = new OAuth2Client({ endpoints: { oauth2TokenUrl: `${emulator.url}/token` } });
    auth.setCredentials({ access_token: user.accessToken, expiry_date: Date.now() + 3_000_000 });
    return calendar({ version: 'v3', rootUrl: `${emulator.url}/`, auth });
  };
  /** Calendar API calls the emulator received since `since` (ms), optionally only writes. */
  const requests = async (since: number) => (await control.get<RequestLogEntry[]>(`/requests?since=${since}`)).body;
  return {
    emulator,
    control,
    env,
    client,
    createUser,
    createCalendar,
    share,
    calendarOf,
    requests,
    close: () => emulator.close(),
  };
}

export type GoogleWorld = Awaited<ReturnType<typeof startGoogleWorld>>;
