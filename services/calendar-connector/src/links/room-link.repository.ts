import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { IntegrationMode } from '../integrations/integration.table.ts';
import type { RoomLinkTable } from './room-link.table.ts';

export type RoomLinkRow = Selectable<RoomLinkTable>;

/** The links of the given integrations, by room. */
export async function linksOf(db: Kysely<Database>, integrationIds: string[]): Promise<RoomLinkRow[]> {
  if (integrationIds.length === 0) return [];
  return db
    .selectFrom('room_links')
    .selectAll()
    .where('integration_id', 'in', integrationIds)
    .orderBy('room_id')
    .execute();
}

/** One page of an integration's links in room order, starting after `afterRoomId`. */
export async function listLinks(
  db: Kysely<Database>,
  integrationId: string,
  page: { limit: number; afterRoomId?: string },
): Promise<RoomLinkRow[]> {
  return db
    .selectFrom('room_links')
    .selectAll()
    .where('integration_id', '=', integrationId)
    .$if(page.afterRoomId !== undefined, (qb) => qb.where('room_id', '>', page.afterRoomId as string))
    .orderBy('room_id')
    .limit(page.limit)
    .execute();
}

export async function findLinkOfRoom(db: Kysely<Database>, roomId: string): Promise<RoomLinkRow | undefined> {
  return db.selectFrom('room_links').selectAll().where('room_id', '=', roomId).executeTakeFirst();
}

/** Every link of one partner to `calendarId`, with the mode of the integration that holds it. */
export async function linksToCalendar(
  db: Kysely<Database>,
  partnerId: string,
  calendarId: string,
): Promise<(RoomLinkRow & { mode: IntegrationMode })[]> {
  return db
    .selectFrom('room_links')
    .innerJoin('integrations', 'integrations.id', 'room_links.integration_id')
    .selectAll('room_links')
    .select('integrations.mode')
    .where('room_links.partner_id', '=', partnerId)
    .where('room_links.calendar_id', '=', calendarId)
    .orderBy('room_links.room_id')
    .execute();
}

/** Links the room, or points its link at another calendar; health as the access check found it. */
export async function saveLink(trx: Kysely<Database>, link: Insertable<RoomLinkTable>): Promise<RoomLinkRow> {
  return trx
    .insertInto('room_links')
    .values(link)
    .onConflict((oc) =>
      oc.columns(['integration_id', 'room_id']).doUpdateSet({
        calendar_id: link.calendar_id,
        health: link.health,
        access_role: link.access_role ?? null,
        reason: null,
        updated_at: new Date(),
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteLink(trx: Kysely<Database>, integrationId: string, roomId: string): Promise<boolean> {
  const deleted = await trx
    .deleteFrom('room_links')
    .where('integration_id', '=', integrationId)
    .where('room_id', '=', roomId)
    .executeTakeFirst();
  return deleted.numDeletedRows > 0n;
}

export async function setLinkWarning(trx: Kysely<Database>, roomId: string, warning: string | null): Promise<void> {
  await trx.updateTable('room_links').set({ warning }).where('room_id', '=', roomId).execute();
}
