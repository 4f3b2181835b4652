import { sql } from 'kysely';
import { type AllDayRule, type BlockRules, defaultBlockRules, type TimedRule } from '../block-rules/block-rules.ts';
import type { Db } from '../db/db.ts';
import { transactionMemo } from '../db/transaction-memo.ts';

/** What deciding a room's blocks depends on besides the event itself. */
export interface RoomContext {
  roomId: string;
  /** The tenant: the room's partner once RoomUpserted told it. */
  partnerId: string | undefined;
  /** False until RoomUpserted arrives; the time zone is then only a best guess. */
  known: boolean;
  timezone: string;
  rules: BlockRules;
}

interface ContextRow {
  partner_id: string | null;
  room_timezone: string | null;
  schedule_timezone: string | null;
  timed: TimedRule | null;
  all_day: AllDayRule | null;
}

/**
 * One round trip, as it runs for every calendar event. The schedule's time zone wins over the room's; before the
 * room is known, the calendar's is the best guess.
 */
export async function loadRoomContext(db: Db, roomId: string, guessedTimezone?: string): Promise<RoomContext> {
  const memo = transactionMemo(db);
  const key = `context:${roomId}`;
  const row = (memo?.get(key) as ContextRow | undefined) ?? (await readContext(db, roomId));
  // Only under the room's lock is the context sure to stay as read until the transaction ends.
  if (memo?.has(`locked:${roomId}`)) memo.set(key, row);
  const timezone = row.schedule_timezone ?? row.room_timezone ?? guessedTimezone ?? 'UTC';
  const rules = row.timed && row.all_day ? { timed: row.timed, allDay: row.all_day } : defaultBlockRules;
  return { roomId, partnerId: row.partner_id ?? undefined, known: Boolean(row.partner_id), timezone, rules };
}

async function readContext(db: Db, roomId: string): Promise<ContextRow> {
  const { rows } = await sql<ContextRow>`
    select r.partner_id, r.timezone as room_timezone, s.timezone as schedule_timezone, b.timed, b.all_day
    from (select ${roomId}::text as id) as k
    left join rooms r on r.id = k.id
    left join room_schedules s on s.room_id = k.id
    left join room_block_rules b on b.room_id = k.id`.execute(db);
  return rows[0] as ContextRow;
}
