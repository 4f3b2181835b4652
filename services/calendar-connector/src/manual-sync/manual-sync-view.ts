import type { PartnerScope } from '@calbridge/http';
import type { Selectable } from 'kysely';
import type { Db } from '../db/db.ts';
import { manualSyncNotFound } from '../errors/connector-problems.ts';
import type { ManualSyncTable } from './manual-sync.table.ts';

/** A manual sync as the partner sees it (spec §4). */
export function presentManualSync(row: Selectable<ManualSyncTable>) {
  return {
    id: row.id,
    direction: row.direction,
    ...(row.room_id ? { roomId: row.room_id } : {}),
    status: row.status,
    progress: {
      calendarsTotal: row.calendars_total,
      calendarsDone: row.calendars_done,
      eventsChanged: row.events_changed,
      bookingsWritten: row.bookings_written,
    },
    ...(row.started_at ? { startedAt: row.started_at.toISOString() } : {}),
    ...(row.finished_at ? { finishedAt: row.finished_at.toISOString() } : {}),
    ...(row.error ? { error: row.error } : {}),
  };
}

/** One of the partner's manual syncs; another partner's is as unknown as a made-up id. */
export async function findManualSync(db: Db, scope: PartnerScope, integrationId: string, id: string) {
  const row = await db
    .selectFrom('manual_syncs')
    .selectAll()
    .where('id', '=', id)
    .where('integration_id', '=', integrationId)
    .$if(scope !== undefined, (qb) => qb.where('partner_id', '=', scope as string))
    .executeTakeFirst();
  if (!row) throw manualSyncNotFound();
  return presentManualSync(row);
}
