import { inScope, partnerScope } from '@calbridge/http';
import type { Db } from '../db/db.ts';
import { roomNotFound } from '../errors/availability-problems.ts';
import { findRoom } from '../rooms/room.repository.ts';

/** The room, if it is in the caller's partner scope (the shared tenancy rule); otherwise 404 (spec §4). */
export async function accessibleRoom(db: Db, request: Parameters<typeof partnerScope>[0], roomId: string) {
  const scope = partnerScope(request);
  const room = await findRoom(db, roomId);
  if (!room || !inScope(scope, room.partner_id)) throw roomNotFound();
  return room;
}
