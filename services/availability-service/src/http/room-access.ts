import type { Tenant } from '@calbridge/http';
import type { Db } from '../db/db.ts';
import { findRoom } from '../rooms/room.repository.ts';
import { roomNotFound } from './problems.ts';

/** The room, if the caller's partner owns it (admins reach every room); otherwise 404 (spec §4). */
export async function accessibleRoom(db: Db, tenant: Tenant, roomId: string) {
  const room = await findRoom(db, roomId);
  const { partnerId, isAdmin } = tenant;
  if (!room || (!isAdmin && room.partner_id !== partnerId)) throw roomNotFound();
  return room;
}
