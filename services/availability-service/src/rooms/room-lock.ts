import { sql } from 'kysely';
import type { Db } from '../db/db.ts';
import { transactionMemo } from '../db/transaction-memo.ts';

// First key of the two-int advisory lock, so these locks never collide with the outbox's per-key locks.
const roomLockNamespace = 0x0a5a;

/**
 * Serialises everything that decides the rooms' blocks and conflicts until the transaction ends: bookings and
 * calendar events arrive on different topics, and a rule change may race an event; without it a conflict or a
 * re-evaluation could miss a row committed meanwhile. Sorted, so two transactions never wait on each other.
 */
export async function lockRooms(db: Db, roomIds: string[]): Promise<void> {
  const memo = transactionMemo(db);
  const ids = [...new Set(roomIds)].filter((id) => !memo?.has(`locked:${id}`)).sort();
  if (ids.length === 0) return;
  await sql`select pg_advisory_xact_lock(${roomLockNamespace}, hashtext(id::text))
    from unnest(${ids}::uuid[]) as id order by id`.execute(db);
  for (const id of ids) memo?.set(`locked:${id}`, true);
}

export const lockRoom = (db: Db, roomId: string): Promise<void> => lockRooms(db, [roomId]);
