import { sql } from 'kysely';
import type { Db } from '../db/db.ts';

// Second key of the two-int advisory lock, so it never collides with the outbox's per-key locks.
const roomLockNamespace = 0x0a5a;

/**
 * Serialises everything that decides one room's blocks and conflicts until the transaction ends: bookings and
 * calendar events arrive on different topics, and a rule change may race an event; without it a conflict or a
 * re-evaluation could miss a row committed meanwhile. Callers lock several rooms in sorted order.
 */
export async function lockRoom(db: Db, roomId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(${roomLockNamespace}, hashtext(${roomId}))`.execute(db);
}
