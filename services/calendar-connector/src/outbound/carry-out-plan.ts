import type { ConnectorDeps } from '../connector-context.ts';
import type { Db } from '../db/db.ts';
import {
  type GoogleError,
  isAccessLost,
  isInvalidGrant,
  isRateLimited,
  isTransient,
  readGoogleError,
} from '../google/google-error.ts';
import type { GoogleSession } from '../google/google-sessions.ts';
import type { OutboundOutcome } from './outbound-outcome.ts';
import type { EventTarget, ManagedIntegration, OutboundPlan, WrittenEvent } from './outbound-plan.ts';

type Deps = Pick<ConnectorDeps, 'sessions' | 'callGoogle'>;

/** Removes the stale event, then writes the target: each step is safe to repeat after a crash or a retry. */
export async function carryOutPlan(deps: Deps, db: Db, plan: OutboundPlan): Promise<OutboundOutcome> {
  if (plan.stale) {
    const stale = plan.stale;
    const removed = await withSession(deps, db, stale.integration, stale.calendarId, (session) =>
      removeEvent(deps, session, stale),
    );
    if (removed.kind !== 'done') return removed;
  }
  if (plan.target) {
    const target = plan.target;
    return withSession(deps, db, target.integration, target.calendarId, (session) => writeEvent(deps, session, target));
  }
  return { kind: 'done', written: plan.stale ? null : undefined };
}

export async function withSession(
  deps: Deps,
  db: Db,
  integration: ManagedIntegration,
  calendarId: string,
  step: (session: GoogleSession) => Promise<OutboundOutcome>,
): Promise<OutboundOutcome> {
  if (integration.status === 'needs_reauth') return { kind: 'paused', integrationId: integration.id };
  const session = await deps.sessions.forIntegration(db, integration);
  if (!session) return { kind: 'paused', integrationId: integration.id, reason: 'no Google credentials' };
  try {
    return await step(session);
  } catch (error) {
    const failure = readGoogleError(error);
    if (failure.status === 401) deps.sessions.forget(integration.id);
    return classify(failure, integration.id, calendarId, session);
  }
}

/**
 * One call in the usual case: insert a new event under the booking's own id, patch a known one. An insert answered
 * `409 duplicate` (an earlier try got there before a crash, or the event was deleted in Google and its id is still
 * taken) is patched; a patch answered `404` (Google forgot a deleted event) is inserted.
 */
async function writeEvent(deps: Deps, session: GoogleSession, target: EventTarget): Promise<OutboundOutcome> {
  const { calendarId, content } = target;
  const written = {
    integrationId: target.integration.id,
    calendarId,
    eventId: content.id as string,
    hash: target.hash,
  };
  const first = target.known ? patchEvent : insertEvent;
  const second = target.known ? insertEvent : patchEvent;
  try {
    await first(deps, session, target);
  } catch (error) {
    const { status } = readGoogleError(error);
    if (status !== (target.known ? 404 : 409)) throw error;
    await second(deps, session, target);
  }
  return { kind: 'done', written };
}

const insertEvent = (deps: Deps, session: GoogleSession, { calendarId, content }: EventTarget) =>
  deps.callGoogle(
    session,
    'events.insert',
    () =>
      session.calendar.events.insert({
        calendarId,
        quotaUser: session.quotaUser,
        sendUpdates: 'none',
        requestBody: content,
      }),
    calendarId,
  );

const patchEvent = (deps: Deps, session: GoogleSession, { calendarId, content }: EventTarget) =>
  deps.callGoogle(
    session,
    'events.patch',
    () =>
      session.calendar.events.patch({
        calendarId,
        eventId: content.id as string,
        quotaUser: session.quotaUser,
        sendUpdates: 'none',
        // `confirmed` brings back an event someone deleted in Google: the booking is the source of truth (spec §5).
        // A patch keeps what it is not sent: fields a narrower data scope leaves out are cleared with null.
        requestBody: {
          ...content,
          id: undefined,
          status: 'confirmed',
          description: content.description ?? null,
          location: content.location ?? null,
        },
      }),
    calendarId,
  );

async function removeEvent(deps: Deps, session: GoogleSession, stale: WrittenEvent): Promise<OutboundOutcome> {
  try {
    await deps.callGoogle(
      session,
      'events.delete',
      () =>
        session.calendar.events.delete({
          calendarId: stale.calendarId,
          eventId: stale.eventId,
          quotaUser: session.quotaUser,
          sendUpdates: 'none',
        }),
      stale.calendarId,
    );
  } catch (error) {
    // Already deleted (410) or long gone (404): what the cancellation wanted (spec §5).
    const { status } = readGoogleError(error);
    if (status !== 404 && status !== 410) throw error;
  }
  return { kind: 'done', written: null };
}

function classify(
  error: GoogleError,
  integrationId: string,
  calendarId: string,
  session: GoogleSession,
): OutboundOutcome {
  const reason = `${error.status ?? 'network'} ${error.reason ?? ''}: ${error.message}`;
  if (isInvalidGrant(error)) return { kind: 'paused', integrationId, reason: 'invalid_grant' };
  if (isRateLimited(error)) return { kind: 'retry', integrationId, reason, rateLimitedPrincipal: session.principal };
  if (isTransient(error) || error.status === 401) return { kind: 'retry', integrationId, reason };
  if (isAccessLost(error)) return { kind: 'access_lost', integrationId, calendarId, reason };
  return { kind: 'failed', integrationId, reason };
}
