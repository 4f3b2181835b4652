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
  room_id: string;
  partner_id: string | null;
  room_timezone: string | null;
  schedule_timezone: string | null;
  timed: TimedRule | null;
  all_day: AllDayRule | null;
}

/**
 * One round trip for any number of rooms, as it runs for every chunk of calendar events; rooms already read under
 * their lock in this transaction cost nothing. Answers each room's context: the schedule's time zone wins over the
 * room's; before the room is known, the calendar's is the best guess.
 */
export async function loadRoomContexts(
  db: Db,
  roomIds: string[],
): Promise<(roomId: string, guessedTimezone?: string) => RoomContext> {
  const memo = transactionMemo(db);
  const known = new Map<string, ContextRow>();
  for (const id of roomIds) {
    const row = memo?.get(`context:${id}`) as ContextRow | undefined;
    if (row) known.set(id, row);
  }
  const missing = [...new Set(roomIds)].filter((id) => !known.has(id));
  for (const row of await readContexts(db, missing)) {
    known.set(row.room_id, row);
    // Only under the room's lock is the context sure to stay as read until the transaction ends.
    if (memo?.has(`locked:${row.room_id}`)) memo.set(`context:${row.room_id}`, row);
  }
  // Ids are uuids, which Postgres answers in lower case whatever case an event used.
  return (roomId, guessedTimezone) =>
    contextOf(roomId, known.get(roomId) ?? known.get(roomId.toLowerCase()), guessedTimezone);
}

function contextOf(roomId: string, row: ContextRow | undefined, guessedTimezone: string | undefined): RoomContext {
  const timezone = row?.schedule_timezone ?? row?.room_timezone ?? guessedTimezone ?? 'UTC';
  const rules = row?.timed && row.all_day ? { timed: row.timed, allDay: row.all_day } : defaultBlockRules;
  return { roomId, partnerId: row?.partner_id ?? undefined, known: Boolean(row?.partner_id), timezone, rules };
}

async function readContexts(db: Db, roomIds: string[]): Promise<ContextRow[]> {
  if (roomIds.length === 0) return [];
  const { rows } = await sql<ContextRow>`
    select k.id as room_id, r.partner_id, r.timezone as room_timezone, s.timezone as schedule_timezone, b.timed,
      b.all_day
    from unnest(${roomIds}::uuid[]) as k(id)
    left join rooms r on r.id = k.id
    left join room_schedules s on s.room_id = k.id
    left join room_block_rules b on b.room_id = k.id`.execute(db);
  return rows;
}
