import type { StoredMessage } from '@calbridge/messaging';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';

/**
 * Puts bookings on the outbound queue: their Google event is brought in line with their state by the outbound worker.
 * A booking already queued gets a new generation and is due at once, so a change arriving while the worker writes
 * the previous one is written after it, and a change that had been dead-lettered is tried again.
 */
function queue(trx: Kysely<Database>, bookingIds: ReturnType<typeof sql>) {
  return sql`
    insert into outbound_work (booking_id)
    select id from (${bookingIds}) as queued (id)
    on conflict (booking_id) do update set
      generation = outbound_work.generation + 1, due_at = now(), attempts = 0, failed_at = null, last_error = null`.execute(
    trx,
  );
}

/** The event that queued a booking, kept so that a change Google refuses for good can go to the dead-letter topic. */
export interface QueueTrigger {
  eventId: string;
  message: StoredMessage;
}

/** A booking that changed, queued when its room is linked or it has an event already (one statement). */
export async function queueChangedBooking(
  trx: Kysely<Database>,
  booking: { id: string; roomId: string },
  trigger: QueueTrigger,
): Promise<void> {
  await sql`
    insert into outbound_work (booking_id, trigger_event)
    select ${booking.id}, ${JSON.stringify(trigger)}::jsonb
    where exists (select 1 from room_links where room_id = ${booking.roomId})
      or exists (select 1 from booking_events where booking_id = ${booking.id})
    on conflict (booking_id) do update set
      generation = outbound_work.generation + 1, due_at = now(), attempts = 0, failed_at = null, last_error = null,
      trigger_event = excluded.trigger_event`.execute(trx);
}

/**
 * Every booking still to come in the rooms an integration links, and every change of its events already waiting
 * (a cancellation, say): after activation, a data-scope or mode change, re-authorization.
 */
export function queueIntegrationBookings(trx: Kysely<Database>, integrationId: string) {
  return queue(
    trx,
    sql`select b.id from bookings b join room_links l on l.room_id = b.room_id
        where l.integration_id = ${integrationId} and b.end_at > now()
        union
        select w.booking_id from outbound_work w join booking_events e using (booking_id)
        where e.integration_id = ${integrationId}`,
  );
}

/** Every booking still to come in one room: after it was linked, renamed or moved to another timezone. */
export function queueRoomBookings(trx: Kysely<Database>, roomId: string) {
  return queue(trx, sql`select id from bookings where room_id = ${roomId} and end_at > now()`);
}

/**
 * Bookings whose event someone changed or deleted in Google: written again as the booking says, even though what
 * calbridge last wrote has not changed (the booking is the source of truth, spec §5).
 */
export async function queueRestores(trx: Kysely<Database>, bookingIds: string[]): Promise<void> {
  if (bookingIds.length === 0) return;
  await trx
    .updateTable('booking_events')
    .set({ content_hash: 'changed in Google' })
    .where('booking_id', 'in', bookingIds)
    .execute();
  await queue(trx, sql`select unnest(${bookingIds}::uuid[])`);
}
