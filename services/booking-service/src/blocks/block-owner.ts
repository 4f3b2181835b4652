import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/database.ts';

const uuid = z.uuid();

/**
 * Why a block event must not be projected, if it must not: its block belongs to another partner than the event,
 * or to a room that partner does not own (defence in depth: availability-service checks this too, and one bug or
 * forged message there must not block another partner's room here). Rooms are this service's own and never change
 * owner, so a room it does not know cannot be blocked either.
 */
export async function foreignBlockReason(
  db: Kysely<Database>,
  block: { id: string; partnerId: string; roomId: string },
  eventPartnerId: string,
): Promise<string | undefined> {
  if (block.partnerId.toLowerCase() !== eventPartnerId.toLowerCase())
    return `block ${block.id} belongs to another partner`;
  const room = uuid.safeParse(block.roomId).success
    ? await db.selectFrom('rooms').select('partner_id').where('id', '=', block.roomId).executeTakeFirst()
    : undefined;
  if (!room) return `room ${block.roomId} is unknown`;
  if (room.partner_id !== block.partnerId.toLowerCase()) return `room ${block.roomId} belongs to another partner`;
  return undefined;
}
