import type { calendar_v3 } from '@googleapis/calendar';
import type { ConnectorDeps } from '../connector-context.ts';
import { readGoogleError } from '../google/google-error.ts';
import type { GoogleSession } from '../google/google-sessions.ts';

type Deps = Pick<ConnectorDeps, 'callGoogle'>;

export type Listing =
  | { kind: 'listed'; items: calendar_v3.Schema$Event[]; nextSyncToken: string }
  /** Google no longer knows the token (410 fullSyncRequired, or 400 "Invalid sync token value."). */
  | { kind: 'token_expired' };

/** The largest page Google hands out (reference §2.1): fewest calls per sync. */
const pageSize = 2500;

/**
 * Every change since `syncToken` (or, without one, every event from yesterday to `horizon`), across all pages, empty
 * pages included, until Google hands out the next sync token. The parameters are the same in a full and an
 * incremental sync, as Google asks (reference §2.2): instances of recurring events one by one (`singleEvents`), so
 * each instance is its own block and a cancelled one releases only itself (spec §5).
 */
export async function listCalendarChanges(
  deps: Deps,
  session: GoogleSession,
  calendarId: string,
  syncToken: string | null,
  horizon: { from: Date; to: Date },
): Promise<Listing> {
  const items: calendar_v3.Schema$Event[] = [];
  let pageToken: string | undefined;
  for (;;) {
    let page: calendar_v3.Schema$Events;
    try {
      const response = await deps.callGoogle(session, 'events.list', () =>
        session.calendar.events.list({
          calendarId,
          quotaUser: session.quotaUser,
          singleEvents: true,
          maxResults: pageSize,
          ...(syncToken ? { syncToken } : { timeMin: horizon.from.toISOString(), timeMax: horizon.to.toISOString() }),
          ...(pageToken ? { pageToken } : {}),
        }),
      );
      page = response.data;
    } catch (error) {
      if (syncToken && isExpiredToken(error)) return { kind: 'token_expired' };
      throw error;
    }
    items.push(...(page.items ?? []));
    if (page.nextSyncToken) return { kind: 'listed', items, nextSyncToken: page.nextSyncToken };
    if (!page.nextPageToken)
      throw new Error(`Google listed calendar ${calendarId} with neither a page nor a sync token`);
    pageToken = page.nextPageToken;
  }
}

// Reference §2.4: an expired token is a 410, a token Google cannot read a 400 with exactly this message; any other
// 400 is a real mistake and must not turn into an endless round of full syncs.
function isExpiredToken(error: unknown): boolean {
  const failure = readGoogleError(error);
  return (
    (failure.status === 410 && failure.reason === 'fullSyncRequired') ||
    (failure.status === 400 && /Invalid sync token value/i.test(failure.message))
  );
}
