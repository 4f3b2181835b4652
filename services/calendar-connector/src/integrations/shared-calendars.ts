import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { IntegrationRow } from './integration.ts';

/**
 * The rooms that stand in the way of bidirectional mode: those of the partner's rooms sharing a calendar with
 * another room, for the calendars this integration links.
 */
export async function sharedCalendars(db: Kysely<Database>, integration: IntegrationRow): Promise<string[]> {
  const rows = await db
    .selectFrom('room_links as mine')
    .innerJoin('room_links as other', (join) =>
      join
        .onRef('other.calendar_id', '=', 'mine.calendar_id')
        .onRef('other.partner_id', '=', 'mine.partner_id')
        .onRef('other.room_id', '!=', 'mine.room_id'),
    )
    .select('other.room_id')
    .distinct()
    .where('mine.integration_id', '=', integration.id)
    .orderBy('other.room_id')
    .execute();
  return rows.map((row) => row.room_id);
}
