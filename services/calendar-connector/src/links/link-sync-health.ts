import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { CalendarKey } from '../inbound/sync-requests.repository.ts';
import type { LinkHealth } from './room-link.table.ts';

/**
 * A sync read the calendar: its links show when, a sync's own `error` is over, and so is the `access_lost` of links
 * that only read (`readOnly`, from_calendar); a writing link's `access_lost` heals when a write works (outbound).
 */
export async function recordLinksSynced(trx: Kysely<Database>, key: CalendarKey, { readOnly }: { readOnly: boolean }) {
  const healed = sql<boolean>`health = 'error' or (health = 'access_lost' and ${readOnly})`;
  await trx
    .updateTable('room_links')
    .set({
      last_synced_at: new Date(),
      health: sql<LinkHealth>`case when ${healed} then 'ok' else health end`,
      reason: sql<string | null>`case when ${healed} then null else reason end`,
    })
    .where('integration_id', '=', key.integrationId)
    .where('calendar_id', '=', key.calendarId)
    .execute();
}

/** Google keeps refusing to list the calendar: its links report `error` with Google's answer until a sync works. */
export async function recordLinksRefused(db: Kysely<Database>, key: CalendarKey, answer: string) {
  await db
    .updateTable('room_links')
    .set({ health: 'error', reason: `Google refuses to list the calendar: ${answer}`, updated_at: new Date() })
    .where('integration_id', '=', key.integrationId)
    .where('calendar_id', '=', key.calendarId)
    .execute();
}
