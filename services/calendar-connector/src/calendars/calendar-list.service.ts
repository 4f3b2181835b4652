import type { PartnerScope } from '@calbridge/http';
import type { ConnectorDeps } from '../connector-context.ts';
import { integrationNotFound } from '../errors/connector-problems.ts';
import type { GoogleSession } from '../google/google-sessions.ts';
import { callGoogle, sessionOf } from '../integrations/google-call.ts';
import { findIntegration } from '../integrations/integration.repository.ts';
import type { IntegrationRow } from '../integrations/integration.ts';
import { linksOf } from '../links/room-link.repository.ts';
import { type CalendarChoice, toCalendarChoice } from './calendar-choice.ts';

type ListDeps = Pick<ConnectorDeps, 'db' | 'sessions' | 'callGoogle'>;

/** The account's calendars where it may make changes, every page of them (`minAccessRole=writer`). */
async function oauthCalendars(deps: ListDeps, integration: IntegrationRow, session: GoogleSession) {
  const choices: CalendarChoice[] = [];
  let pageToken: string | undefined;
  do {
    const token = pageToken;
    const page = await callGoogle(deps, integration, session, 'calendarList.list', ({ calendar, quotaUser }) =>
      calendar.calendarList.list({ minAccessRole: 'writer', quotaUser, ...(token ? { pageToken: token } : {}) }),
    );
    choices.push(...(page.data.items ?? []).map((entry) => toCalendarChoice(entry, '')));
    pageToken = page.data.nextPageToken ?? undefined;
  } while (pageToken);
  return choices;
}

/**
 * A service account has no list of the calendars shared with it: it shows those linked so far, as its list has
 * them since the link added them (a calendar unshared since shows accessRole `none`).
 */
async function linkedCalendars(deps: ListDeps, integration: IntegrationRow, session: GoogleSession) {
  const calendarIds = [...new Set((await linksOf(deps.db, [integration.id])).map((link) => link.calendar_id))];
  const choices: CalendarChoice[] = [];
  for (const calendarId of calendarIds) {
    const entry = await callGoogle(
      deps,
      integration,
      session,
      'calendarList.get',
      async ({ calendar, quotaUser }) => (await calendar.calendarList.get({ calendarId, quotaUser })).data,
      (failure) => (failure.status === 404 ? { id: calendarId, accessRole: 'none' } : undefined),
    );
    choices.push(toCalendarChoice(entry, calendarId));
  }
  return choices;
}

export async function listCalendars(deps: ListDeps, scope: PartnerScope, integrationId: string) {
  const integration = await findIntegration(deps.db, scope, integrationId);
  if (!integration) throw integrationNotFound();
  const session = await sessionOf(deps, integration);
  return integration.auth === 'oauth'
    ? oauthCalendars(deps, integration, session)
    : linkedCalendars(deps, integration, session);
}
