import { randomUUID } from 'node:crypto';
import type { PartnerScope } from '@calbridge/http';
import { enqueueEvent } from '@calbridge/messaging';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { roomNotFound } from '../errors/booking-problems.ts';
import { insertRoom, type RoomChanges, updateRoom } from './room.repository.ts';
import type { Room } from './room.ts';
import { roomUpserted } from './room-upserted.ts';

// Each change and its RoomUpserted commit together (outbox), so consumers never miss or invent a change.
export async function createRoom(
  trx: Kysely<Database>,
  partnerId: string,
  input: { name: string; timezone: string },
): Promise<Room> {
  const room = await insertRoom(trx, { id: randomUUID(), partnerId, ...input });
  await enqueueEvent(trx, roomUpserted(room));
  return room;
}

export async function changeRoom(
  trx: Kysely<Database>,
  scope: PartnerScope,
  id: string,
  changes: RoomChanges,
): Promise<Room> {
  const room = await updateRoom(trx, scope, id, changes);
  if (!room) throw roomNotFound();
  await enqueueEvent(trx, roomUpserted(room));
  return room;
}
