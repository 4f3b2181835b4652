import { inTransaction } from '@calbridge/db';
import type { PartnerScope } from '@calbridge/http';
import { stopUnwatchedChannels } from '../channels/watched-calendars.repository.ts';
import type { ConnectorDeps } from '../connector-context.ts';
import { integrationNotFound, roomAlreadyLinked, roomLinkNotFound } from '../errors/connector-problems.ts';
import { releaseUnlinkedRooms } from '../inbound/calendar-release.ts';
import { startReadingCalendar } from '../inbound/sync-requests.repository.ts';
import { sessionOf } from '../integrations/google-call.ts';
import { findIntegration } from '../integrations/integration.repository.ts';
import { lockIntegration } from '../integrations/integration.service.ts';
import { queueRoomBookings } from '../outbound/outbound-queue.repository.ts';
import { checkCalendarAccess } from './calendar-access.ts';
import { assertLinkAllowed, lockCalendar } from './link-conflicts.ts';
import { deleteLink, findLinkOfRoom, type RoomLinkRow, saveLink } from './room-link.repository.ts';
import { refreshSharedCalendarWarnings } from './shared-calendar-warnings.ts';

type LinkDeps = Pick<ConnectorDeps, 'db' | 'sessions' | 'callGoogle' | 'google'>;

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/**
 * Links a room to a calendar once Google confirms the access the mode needs (health `ok`), and re-queues the room's
 * future bookings so they are written there. The rules are checked before the Google call (a refusal costs no
 * quota) and again under the lock, in case a concurrent request got there first.
 */
export async function linkRoom(
  deps: LinkDeps,
  scope: PartnerScope,
  integrationId: string,
  roomId: string,
  calendarId: string,
): Promise<RoomLinkRow> {
  const integration = await findIntegration(deps.db, scope, integrationId);
  if (!integration) throw integrationNotFound();
  await assertLinkAllowed(deps.db, integration, roomId, calendarId);
  const role = await checkCalendarAccess(deps, integration, await sessionOf(deps, integration), calendarId);
  try {
    return await inTransaction(deps.db, async (trx) => {
      const locked = await lockIntegration(trx, scope, integrationId);
      await lockCalendar(trx, locked.partner_id, calendarId);
      await assertLinkAllowed(trx, locked, roomId, calendarId);
      const previous = await findLinkOfRoom(trx, roomId);
      await saveLink(trx, {
        integration_id: locked.id,
        room_id: roomId,
        partner_id: locked.partner_id,
        calendar_id: calendarId,
        health: 'ok',
        access_role: role,
      });
      await refreshSharedCalendarWarnings(trx, locked.partner_id, calendarId);
      if (previous && previous.calendar_id !== calendarId) {
        await refreshSharedCalendarWarnings(trx, locked.partner_id, previous.calendar_id);
      }
      await queueRoomBookings(trx, roomId);
      await startReadingCalendar(trx, { integrationId: locked.id, calendarId });
      if (previous && previous.calendar_id !== calendarId) {
        await releaseUnlinkedRooms(trx, keyOf(previous), previous.partner_id);
        await stopUnwatchedChannels(trx, locked.id);
      }
      return (await findLinkOfRoom(trx, roomId)) as RoomLinkRow;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw roomAlreadyLinked();
    throw error;
  }
}

const keyOf = (link: RoomLinkRow) => ({ integrationId: link.integration_id, calendarId: link.calendar_id });

/**
 * Unlinks the room: its blocks from the calendar are released, and the calendar's channel is stopped once no room of
 * the integration uses it; the events already written stay in Google.
 */
export async function unlinkRoom(
  deps: Pick<ConnectorDeps, 'db'>,
  scope: PartnerScope,
  integrationId: string,
  roomId: string,
): Promise<void> {
  await inTransaction(deps.db, async (trx) => {
    const integration = await lockIntegration(trx, scope, integrationId);
    const link = await findLinkOfRoom(trx, roomId);
    if (!link || link.integration_id !== integration.id) throw roomLinkNotFound();
    await deleteLink(trx, integration.id, roomId);
    await refreshSharedCalendarWarnings(trx, integration.partner_id, link.calendar_id);
    await releaseUnlinkedRooms(trx, keyOf(link), integration.partner_id);
    await stopUnwatchedChannels(trx, integration.id);
  });
}
