import type { Db } from '../db/db.ts';

/** Blocks whose interval holds `at`: a booking starting then lands in them. */
export function findActiveBlocksCovering(db: Db, roomId: string, at: Date) {
  return db
    .selectFrom('blocks')
    .select(['id', 'partner_id', 'event_id'])
    .where('room_id', '=', roomId)
    .where('active', '=', true)
    .where('start_at', '<=', at)
    .where('end_at', '>', at)
    .execute();
}

export interface BlockPageRequest {
  state: 'active' | 'released';
  limit: number;
  after?: { start: Date; id: string };
}

/** A page of the room's blocks in (start, id) order; rows that never blocked are not blocks and never listed. */
export function listBlocksPage(db: Db, roomId: string, page: BlockPageRequest) {
  let query = db
    .selectFrom('blocks')
    .select(['id', 'room_id', 'start_at', 'end_at', 'all_day', 'active', 'release_reason', 'version'])
    .select(['integration_id', 'calendar_id', 'event_id'])
    .where('room_id', '=', roomId);
  query =
    page.state === 'active'
      ? query.where('active', '=', true)
      : query.where('active', '=', false).where('release_reason', 'is not', null);
  const { after } = page;
  if (after) query = query.where((eb) => eb(eb.refTuple('start_at', 'id'), '>', eb.tuple(after.start, after.id)));
  return query.orderBy('start_at').orderBy('id').limit(page.limit).execute();
}
