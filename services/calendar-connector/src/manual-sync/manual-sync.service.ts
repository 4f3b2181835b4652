import { randomUUID } from 'node:crypto';
import type { PartnerScope } from '@calbridge/http';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { directionNotInMode, integrationNotActive, roomLinkNotFound } from '../errors/connector-problems.ts';
import { requestSyncs } from '../inbound/sync-requests.repository.ts';
import { lockIntegration } from '../integrations/integration.service.ts';
import type { IntegrationMode } from '../integrations/integration.table.ts';
import { queueRoomBookings } from '../outbound/outbound-queue.repository.ts';
import type { SyncDirection } from './manual-sync.table.ts';

const reads: Record<IntegrationMode, SyncDirection[]> = {
  bidirectional: ['both', 'to_calendar', 'from_calendar'],
  to_calendar: ['to_calendar'],
  from_calendar: ['from_calendar'],
};

/**
 * The "Synchronize calendars" button (spec §4): every linked calendar (or the room's) is read in full — availability
 * hears what it missed (`from_calendar`), and calbridge's events missing or changed in Google are written again
 * (`to_calendar`, found by the same read: one list call per calendar instead of one call per booking) — and the
 * rooms' bookings calbridge never wrote are queued. The calendars' syncs tick its progress.
 */
export async function startManualSync(
  trx: Kysely<Database>,
  scope: PartnerScope,
  integrationId: string,
  request: { direction: SyncDirection; roomId?: string },
): Promise<string> {
  const integration = await lockIntegration(trx, scope, integrationId);
  if (integration.status !== 'active' && integration.status !== 'error') throw integrationNotActive(integration.status);
  if (!reads[integration.mode].includes(request.direction))
    throw directionNotInMode(request.direction, integration.mode);
  let links = trx
    .selectFrom('room_links')
    .select(['room_id', 'calendar_id'])
    .where('integration_id', '=', integrationId);
  if (request.roomId) links = links.where('room_id', '=', request.roomId);
  const linked = await links.execute();
  if (request.roomId && linked.length === 0) throw roomLinkNotFound();
  const calendarIds = [...new Set(linked.map((link) => link.calendar_id))];
  const writes = request.direction !== 'from_calendar';
  const unwritten = writes
    ? await queueUnwritten(
        trx,
        linked.map((link) => link.room_id),
      )
    : 0;
  const id = randomUUID();
  const asked = await requestSyncs(
    trx,
    calendarIds.map((calendarId) => ({ integrationId, calendarId })),
    { full: true },
  );
  const done = asked.length === 0;
  await trx
    .insertInto('manual_syncs')
    .values({
      id,
      integration_id: integrationId,
      partner_id: integration.partner_id,
      direction: request.direction,
      room_id: request.roomId ?? null,
      status: done ? 'succeeded' : 'queued',
      calendars_total: asked.length,
      bookings_written: unwritten,
      error: null,
      started_at: done ? new Date() : null,
      finished_at: done ? new Date() : null,
    })
    .execute();
  if (!done) {
    await trx
      .insertInto('manual_sync_calendars')
      .values(asked.map((calendar) => ({ manual_sync_id: id, ...keyOf(calendar) })))
      .execute();
  }
  return id;
}

const keyOf = (calendar: { integrationId: string; calendarId: string; requested: string }) => ({
  integration_id: calendar.integrationId,
  calendar_id: calendar.calendarId,
  requested: calendar.requested,
});

/** Queues the rooms' bookings still to come; counts those calbridge has not written anywhere yet. */
async function queueUnwritten(trx: Kysely<Database>, roomIds: string[]): Promise<number> {
  if (roomIds.length === 0) return 0;
  const { rows } = await sql<{ n: string }>`
    select count(*) as n from bookings b
    where b.room_id = any(${roomIds}::uuid[]) and b.status <> 'cancelled' and b.end_at > now()
      and not exists (select 1 from booking_events e where e.booking_id = b.id)`.execute(trx);
  for (const roomId of roomIds) await queueRoomBookings(trx, roomId);
  return Number(rows[0]?.n ?? 0);
}
