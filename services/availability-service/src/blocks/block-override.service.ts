import { enqueueEvent } from '@calbridge/messaging';
import type { Db } from '../db/db.ts';
import { type BlockRow, findBlockForUpdate, saveBlock } from './block.repository.ts';
import { blockReleasedEvent } from './block-events.ts';
import { sourceOf } from './block-settlement.ts';

/**
 * The partner's manual override: releases the block and keeps it released until its calendar event changes
 * (deleting in calbridge never deletes the Google event). Repeating it changes nothing.
 */
export async function overrideBlock(db: Db, roomId: string, blockId: string): Promise<BlockRow | undefined> {
  const row = await findBlockForUpdate(db, roomId, blockId);
  if (!row?.active) return row;
  const released = {
    ...row,
    ...sourceOf(row, { overridden: true }),
    active: false,
    release_reason: 'manual_override' as const,
    version: row.version + 1,
  };
  await saveBlock(db, released);
  await enqueueEvent(db, blockReleasedEvent(released, 'manual_override'));
  return { ...row, active: false, overridden: true, release_reason: 'manual_override', version: released.version };
}
