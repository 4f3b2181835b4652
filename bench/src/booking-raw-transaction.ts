import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { bookingSlot } from './booking-slots.ts';

/**
 * The baseline: a plain Postgres transaction inserting a booking row (same table shape and no-overlap constraint)
 * and an outbox row with a same-sized payload, on the service's own pool, at the same concurrency.
 */
// biome-ignore lint/suspicious/noExplicitAny: bench tables
export async function rawBookingTransactions(db: Kysely<any>, rooms: string[], count: number, concurrency: number) {
  await sql`create table bench_bookings (like bookings including all)`.execute(db);
  await sql`create table bench_outbox (like messaging_outbox including all)`.execute(db);
  const payload = JSON.stringify({ padding: 'x'.repeat(700) });
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (let index = next++; index < count; index = next++) {
      const { roomId, start, end } = bookingSlot(rooms, index);
      await db.transaction().execute(async (trx) => {
        await sql`insert into bench_bookings (id, partner_id, room_id, start_at, end_at, status, paid_online, name, version)
          values (${randomUUID()}, ${randomUUID()}, ${roomId}, ${start}, ${end}, 'confirmed', false, 'Raw', 1)`.execute(
          trx,
        );
        await sql`insert into bench_outbox (id, shard, topic, key, type, payload)
          values (${randomUUID()}, 0, 'booking.events.v1', ${roomId}, 'BookingCreated', ${payload})`.execute(trx);
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return count / ((performance.now() - started) / 1000);
}
