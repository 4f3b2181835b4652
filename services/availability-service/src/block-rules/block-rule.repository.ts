import type { Db } from '../db/db.ts';
import { forgetRoomContext } from '../db/transaction-memo.ts';
import { type BlockRules, defaultBlockRules } from './block-rules.ts';

export async function findBlockRules(db: Db, roomId: string): Promise<BlockRules> {
  const row = await db.selectFrom('room_block_rules').selectAll().where('room_id', '=', roomId).executeTakeFirst();
  return row ? { timed: row.timed, allDay: row.all_day } : defaultBlockRules;
}

export async function saveBlockRules(db: Db, roomId: string, rules: BlockRules): Promise<void> {
  forgetRoomContext(db, roomId);
  const row = { room_id: roomId, timed: rules.timed, all_day: rules.allDay };
  await db
    .insertInto('room_block_rules')
    .values(row)
    .onConflict((conflict) => conflict.column('room_id').doUpdateSet(row))
    .execute();
}
