import { controlClient } from '../../../libs/google-emulator/src/control-client.ts';

export interface CalendarEvent {
  id: string;
  status: string;
  summary?: string;
  description?: string;
  location?: string;
  colorId?: string;
  start: { dateTime?: string; date?: string; timeZone?: string };
  end: { dateTime?: string; date?: string; timeZone?: string };
}

/**
 * A person at the Google Calendar UI (the emulator): creating and sharing calendars is what the UI does beyond the
 * API (control API, spec §7); adding, moving and deleting events goes through the Calendar API with their own token,
 * as Google's UI does. A fresh token per action: revoking access (a story step) ends the old ones too.
 */
export function googlePerson(emulatorUrl: string, email: string, write: (line: string) => void) {
  const control = controlClient(emulatorUrl);
  const token = async (): Promise<string> => {
    const user = await control.post<{ accessToken: string }>('/users', { email });
    return user.body.accessToken;
  };
  const calendarApi = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${emulatorUrl}/calendar/v3${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await token()}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`Google answered ${response.status} to ${method} ${path}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  const eventsOf = (calendarId: string) => `/calendars/${encodeURIComponent(calendarId)}/events`;
  return {
    email,
    /** "+ Create new calendar" under "Other calendars". */
    createCalendar: async (summary: string, timeZone: string): Promise<string> => {
      const created = await control.post<{ id: string }>('/calendars', { owner: email, summary, timeZone });
      if (created.status !== 200) throw new Error(`creating calendar ${summary}: ${JSON.stringify(created.body)}`);
      write(`     ${email} creates the calendar "${summary}" (${timeZone}) in Google Calendar`);
      return created.body.id;
    },
    /** "Share with specific people": `writer` is "Make changes to events". */
    share: async (calendarId: string, withEmail: string, role: 'reader' | 'writer'): Promise<void> => {
      const shared = await control.post(`/calendars/${encodeURIComponent(calendarId)}/acl`, { email: withEmail, role });
      if (shared.status !== 200) throw new Error(`sharing ${calendarId}: ${JSON.stringify(shared.body)}`);
      write(`     ${email} shares it with ${withEmail} (${role === 'writer' ? 'make changes to events' : 'see'})`);
    },
    addEvent: async (calendarId: string, event: Record<string, unknown>): Promise<CalendarEvent> => {
      const added = await calendarApi('POST', eventsOf(calendarId), event);
      write(`     ${email} adds "${event.summary}" in Google Calendar`);
      return added;
    },
    deleteEvent: async (calendarId: string, event: CalendarEvent): Promise<void> => {
      await calendarApi('DELETE', `${eventsOf(calendarId)}/${event.id}`);
      write(`     ${email} deletes "${event.summary}" in Google Calendar`);
    },
    /** What the calendar shows: live events, in time order. */
    events: async (calendarId: string): Promise<CalendarEvent[]> =>
      (await calendarApi('GET', `${eventsOf(calendarId)}?singleEvents=true&orderBy=startTime`)).items,
    /** "Remove access" for calbridge in the Google account's security settings. */
    revokeAccess: async (): Promise<void> => {
      const revoked = await control.post('/oauth/revoke', { email });
      if (revoked.status !== 204) throw new Error(`revoking ${email}: ${JSON.stringify(revoked.body)}`);
      write(`     ${email} removes calbridge's access to the Google account`);
    },
    /** Where a person sees the calendar in a browser (the emulator's read-only view). */
    viewUrl: (calendarId: string) => `${emulatorUrl}/_emulator/calendars/${encodeURIComponent(calendarId)}`,
  };
}

export type GooglePerson = ReturnType<typeof googlePerson>;
