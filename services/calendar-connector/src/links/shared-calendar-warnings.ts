import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { linksToCalendar, setLinkWarning } from './room-link.repository.ts';

const sharedWarning = (calendarId: string, otherRooms: string[]) =>
  `Calendar ${calendarId} is also linked to room(s) ${otherRooms.join(', ')}: an event in it blocks each of them.`;

const freeBusyWarning = (calendarId: string) =>
  `Calendar ${calendarId} is shared "free/busy only": Google hides event titles and colours, so every busy event blocks (a red all-day rule cannot see red).`;

/**
 * One-way modes let several rooms share a calendar (spec §4); every link to it then says which other rooms share it,
 * and stops saying so once it is the only one; a calendar shared "free/busy only" says what that hides. Rerun after
 * each link or unlink of the calendar.
 */
export async function refreshSharedCalendarWarnings(
  trx: Kysely<Database>,
  partnerId: string,
  calendarId: string,
): Promise<void> {
  const links = await linksToCalendar(trx, partnerId, calendarId);
  for (const link of links) {
    const others = links.filter((other) => other.room_id !== link.room_id).map((other) => other.room_id);
    const warnings = [
      ...(others.length > 0 ? [sharedWarning(calendarId, others)] : []),
      ...(link.access_role === 'freeBusyReader' ? [freeBusyWarning(calendarId)] : []),
    ];
    const warning = warnings.length > 0 ? warnings.join(' ') : null;
    if (warning !== link.warning) await setLinkWarning(trx, link.room_id, warning);
  }
}
