import type { BlockAppliedData } from '@calbridge/contracts';
import type { Db } from '../db/db.ts';

/** Keeps the latest version of a block's time; stale and repeated snapshots change nothing. */
export async function upsertBlock(db: Db, block: BlockAppliedData['block']): Promise<void> {
  const row = {
    id: block.id,
    partner_id: block.partnerId,
    room_id: block.roomId,
    event_id: block.source.eventId,
    start_at: block.start,
    end_at: block.end,
    all_day: block.allDay,
    version: block.version,
  };
  await db
    .insertInto('blocks')
    .values(row)
    .onConflict((conflict) =>
      conflict
        .column('id')
        .doUpdateSet(row)
        .where('blocks.version', '<', block.version)
        .where('blocks.partner_id', '=', block.partnerId),
    )
    .execute();
}
