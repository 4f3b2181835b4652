import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';

export interface BlockState {
  id: string;
  partnerId: string;
  roomId: string;
  version: number;
  /** Absent for a release: the block then blocks nothing. */
  interval?: { start: string; end: string };
}

/**
 * Versioned upsert: a state replaces the stored one only when its version is newer, so repeated and out-of-order
 * events leave the projection as the newest event says. At an equal version a release wins over an apply.
 */
export async function storeBlock(trx: Kysely<Database>, block: BlockState): Promise<void> {
  const interval = block.interval;
  await trx
    .insertInto('blocks')
    .values({
      id: block.id,
      partner_id: block.partnerId,
      room_id: block.roomId,
      start_at: interval ? new Date(interval.start) : null,
      end_at: interval ? new Date(interval.end) : null,
      active: interval !== undefined,
      version: block.version,
    })
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet((eb) => ({
          partner_id: eb.ref('excluded.partner_id'),
          room_id: eb.ref('excluded.room_id'),
          start_at: eb.ref('excluded.start_at'),
          end_at: eb.ref('excluded.end_at'),
          active: eb.ref('excluded.active'),
          version: eb.ref('excluded.version'),
          updated_at: new Date(),
        }))
        .where(
          sql<boolean>`blocks.version < excluded.version or (blocks.version = excluded.version and not excluded.active)`,
        ),
    )
    .execute();
}

/** The active block of the room whose [start, end) holds `instant`, if any. */
export async function findBlockAt(trx: Kysely<Database>, roomId: string, instant: string): Promise<string | undefined> {
  const at = new Date(instant);
  const row = await trx
    .selectFrom('blocks')
    .select('id')
    .where('room_id', '=', roomId)
    .where('active', '=', true)
    .where('start_at', '<=', at)
    .where('end_at', '>', at)
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}
