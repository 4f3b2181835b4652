import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { calendarAlreadyLinked, roomAlreadyLinked, roomNotFound } from '../errors/connector-problems.ts';
import type { IntegrationRow } from '../integrations/integration.ts';
import { findLinkOfRoom, linksToCalendar } from './room-link.repository.ts';

/**
 * Why `roomId` may not be linked to `calendarId` by `integration`: the room is the connector's and another
 * partner's; it is linked by another integration (a room has one calendar); or bidirectional mode, where a
 * calendar's events block its one room, would have a calendar serve two rooms.
 */
export async function assertLinkAllowed(
  db: Kysely<Database>,
  integration: IntegrationRow,
  roomId: string,
  calendarId: string,
): Promise<void> {
  const room = await db.selectFrom('rooms').select('partner_id').where('id', '=', roomId).executeTakeFirst();
  if (room && room.partner_id !== integration.partner_id) throw roomNotFound();
  const existing = await findLinkOfRoom(db, roomId);
  if (existing && existing.integration_id !== integration.id) throw roomAlreadyLinked();
  const others = (await linksToCalendar(db, integration.partner_id, calendarId)).filter(
    (link) => link.room_id !== roomId,
  );
  const twoWay = integration.mode === 'bidirectional' || others.some((link) => link.mode === 'bidirectional');
  if (others.length > 0 && twoWay) throw calendarAlreadyLinked(others.map((link) => link.room_id));
}

/** Serialises links to one calendar of one partner, so two concurrent links cannot both pass the check above. */
export async function lockCalendar(trx: Kysely<Database>, partnerId: string, calendarId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`${partnerId} ${calendarId}`}, 0))`.execute(trx);
}
