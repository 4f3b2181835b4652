import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { linksToCalendar, setLinkWarning } from './room-link.repository.ts';

const sharedWarning = (calendarId: string, otherRooms: string[]) =>
  `Calendar ${calendarId} is also linked to room(s) ${otherRooms.join(', ')}: an event in it blocks each of them.`;

/**
 * One-way modes let several rooms share a calendar (spec §4); every link to it then says which other rooms share it,
 * and stops saying so once it is the only one. Rerun after each link or unlink of the calendar.
 */
export async function refreshSharedCalendarWarnings(
  trx: Kysely<Database>,
  partnerId: string,
  calendarId: string,
): Promise<void> {
  const links = await linksToCalendar(trx, partnerId, calendarId);
  for (const link of links) {
    const others = links.filter((other) => other.room_id !== link.room_id).map((other) => other.room_id);
    const warning = others.length > 0 ? sharedWarning(calendarId, others) : null;
    if (warning !== link.warning) await setLinkWarning(trx, link.room_id, warning);
  }
}
