import type { ConnectorDeps } from '../connector-context.ts';
import { calendarNotAccessible } from '../errors/connector-problems.ts';
import type { GoogleSession } from '../google/google-sessions.ts';
import { callGoogle } from '../integrations/google-call.ts';
import type { IntegrationRow } from '../integrations/integration.ts';

type AccessDeps = Pick<ConnectorDeps, 'db' | 'sessions' | 'callGoogle' | 'google'>;

const writeRoles = new Set(['writer', 'owner']);
// "See only free/busy" is enough to block: Google lists the events' times (reference §9), without titles or colours.
const readRoles = new Set(['freeBusyReader', 'reader', 'writer', 'owner']);

/** The address the partner shares calendars with: the service account, or the connected Google account. */
export function shareAddressOf(deps: Pick<ConnectorDeps, 'google'>, integration: IntegrationRow): string {
  if (integration.auth === 'service_account') return deps.google.serviceAccount?.email ?? 'the service account';
  return integration.google_account ?? 'the connected Google account';
}

/**
 * The caller's role on the calendar, as Google tells it: a person's list has every calendar shared with them
 * (calendarList.get); a service account's list is empty until it adds a calendar shared with it, and adding it is
 * what answers its role (calendarList.insert). A calendar Google does not show the caller has no role.
 */
async function roleOn(deps: AccessDeps, integration: IntegrationRow, session: GoogleSession, calendarId: string) {
  const { quotaUser } = session;
  const method = integration.auth === 'oauth' ? 'calendarList.get' : 'calendarList.insert';
  return callGoogle(
    deps,
    integration,
    session,
    method,
    async ({ calendar }) => {
      const entry =
        integration.auth === 'oauth'
          ? await calendar.calendarList.get({ calendarId, quotaUser })
          : await calendar.calendarList.insert({ requestBody: { id: calendarId }, quotaUser });
      return entry.data.accessRole ?? 'none';
    },
    (failure) => (failure.status === 404 ? 'none' : undefined),
  );
}

/**
 * Refuses a link the connector could not serve: every mode reads the calendar, and modes that write bookings into
 * it need "Make changes to events" (spec §4, `422 calendar_not_accessible`). Returns the role Google answered.
 */
export async function checkCalendarAccess(
  deps: AccessDeps,
  integration: IntegrationRow,
  session: GoogleSession,
  calendarId: string,
): Promise<string> {
  const role = await roleOn(deps, integration, session, calendarId);
  const shareWith = shareAddressOf(deps, integration);
  if (!readRoles.has(role)) throw calendarNotAccessible(calendarId, shareWith, 'read');
  if (integration.mode !== 'from_calendar' && !writeRoles.has(role)) {
    throw calendarNotAccessible(calendarId, shareWith, 'write');
  }
  return role;
}
