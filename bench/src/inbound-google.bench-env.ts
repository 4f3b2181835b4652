import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calendar, type calendar_v3 } from '@googleapis/calendar';
import { OAuth2Client } from 'google-auth-library';
import type { EmulatorProcess } from './google-emulator-process.ts';

export const serviceAccountEmail = 'calbridge@calbridge-bench.iam.gserviceaccount.com';
const calendarOwner = 'owner@bench-partner.test';
export const timezone = 'Europe/Warsaw';

/**
 * Google as a partner's calendars look to the connector, in the emulator: quotas off, pushes to http on loopback
 * allowed, `count` calendars of one person shared with calbridge's service account (its key in a file, as the
 * connector reads it), and that person's Calendar client, as the Google Calendar UI acts for them.
 */
export async function preparePartnerCalendars(emulator: EmulatorProcess, count: number) {
  await emulator.control('PUT', '/quotas', { enabled: false });
  await emulator.control('PUT', '/settings', { allowHttpPushOnLoopback: true });
  const key = await emulator.control<object>('POST', '/service-accounts', { email: serviceAccountEmail });
  const keyFile = join(tmpdir(), `calbridge-bench-sa-${process.pid}-${Date.now()}.json`);
  await writeFile(keyFile, JSON.stringify(key), { mode: 0o600 });
  const owner = await emulator.control<{ accessToken: string }>('POST', '/users', {
    email: calendarOwner,
    timeZone: timezone,
  });
  const calendarIds: string[] = [];
  for (let index = 0; index < count; index++) {
    const { id } = await emulator.control<{ id: string }>('POST', '/calendars', {
      owner: calendarOwner,
      summary: `Bench room ${index}`,
      timeZone: timezone,
    });
    await emulator.control('POST', `/calendars/${encodeURIComponent(id)}/acl`, {
      email: serviceAccountEmail,
      role: 'writer',
    });
    calendarIds.push(id);
  }
  const auth = new OAuth2Client({ endpoints: { oauth2TokenUrl: `${emulator.url}/token` } });
  auth.setCredentials({ access_token: owner.accessToken, expiry_date: Date.now() + 3_000_000 });
  const ownerCalendar: calendar_v3.Calendar = calendar({ version: 'v3', rootUrl: `${emulator.url}/`, auth });
  return { keyFile, calendarIds, ownerCalendar, removeKeyFile: () => rm(keyFile, { force: true }) };
}
