import type { Db } from './db.ts';

const memos = new WeakMap<Db, Map<string, unknown>>();

/**
 * Facts that hold until the transaction ends, remembered for the rest of it: the inbox applies a whole chunk of
 * events in one transaction, and once a room is locked its rules cannot change under us, so asking again for every
 * event would only add round trips. Outside a transaction nothing is remembered. Keyed weakly by the transaction
 * object, so it disappears with it.
 */
export function transactionMemo(db: Db): Map<string, unknown> | undefined {
  if (!db.isTransaction) return undefined;
  const memo = memos.get(db) ?? new Map<string, unknown>();
  memos.set(db, memo);
  return memo;
}

/** A room's context is about to change in this transaction: what was remembered no longer holds. */
export function forgetRoomContext(db: Db, roomId: string): void {
  transactionMemo(db)?.delete(`context:${roomId}`);
}
