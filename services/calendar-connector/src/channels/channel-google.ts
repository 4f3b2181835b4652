import type { Config } from '../config.ts';
import type { ConnectorDeps } from '../connector-context.ts';
import type { Db } from '../db/db.ts';
import { readGoogleError } from '../google/google-error.ts';
import type { IntegrationRow } from '../integrations/integration.ts';
import { withSession } from '../outbound/carry-out-plan.ts';
import type { OutboundOutcome } from '../outbound/outbound-outcome.ts';

type Deps = Pick<ConnectorDeps, 'sessions' | 'callGoogle'>;

/** Where Google posts notifications: under PUBLIC_BASE_URL, whether or not it ends with a slash. */
export const webhookAddress = (config: Pick<Config, 'PUBLIC_BASE_URL'>): string =>
  new URL('webhooks/google', config.PUBLIC_BASE_URL.replace(/\/?$/, '/')).href;

export type WatchOutcome =
  | { kind: 'opened'; resourceId: string; expiresAt: Date }
  | Exclude<OutboundOutcome, { kind: 'done' }>;

/** events.watch under the limiter; failures classified as for bookings (reauth, lost access, retry, refused). */
export async function watchCalendar(
  deps: Deps & { config: Config },
  db: Db,
  integration: IntegrationRow,
  calendarId: string,
  channel: { id: string; token: string },
): Promise<WatchOutcome> {
  let opened: WatchOutcome | undefined;
  const outcome = await withSession(deps, db, integration, calendarId, async (session) => {
    const { data } = await deps.callGoogle(session, 'events.watch', () =>
      session.calendar.events.watch({
        calendarId,
        quotaUser: session.quotaUser,
        requestBody: {
          id: channel.id,
          type: 'web_hook',
          address: webhookAddress(deps.config),
          token: channel.token,
          params: { ttl: String(deps.config.WATCH_CHANNEL_TTL_SECONDS) },
        },
      }),
    );
    // int64 comes as a string in Google's JSON (reference §4.2).
    opened = { kind: 'opened', resourceId: data.resourceId ?? '', expiresAt: new Date(Number(data.expiration)) };
    return { kind: 'done' };
  });
  return outcome.kind === 'done' ? (opened as WatchOutcome) : outcome;
}

export type StopOutcome = { kind: 'stopped' } | Exclude<OutboundOutcome, { kind: 'done' }>;

/** channels.stop; a channel Google does not know (404) is as stopped as it gets. */
export async function stopWatching(
  deps: Deps,
  db: Db,
  integration: IntegrationRow,
  channel: { id: string; calendar_id: string; resource_id: string },
): Promise<StopOutcome> {
  const outcome = await withSession(deps, db, integration, channel.calendar_id, async (session) => {
    try {
      await deps.callGoogle(session, 'channels.stop', () =>
        session.calendar.channels.stop({ requestBody: { id: channel.id, resourceId: channel.resource_id } }),
      );
    } catch (error) {
      if (readGoogleError(error).status !== 404) throw error;
    }
    return { kind: 'done' };
  });
  return outcome.kind === 'done' ? { kind: 'stopped' } : outcome;
}
