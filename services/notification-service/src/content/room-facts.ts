import type { Db } from '../db/db.ts';
import { findRoom } from '../rooms/room.repository.ts';

export interface RoomFacts {
  id: string;
  name: string;
  timezone: string;
}

/** The room as RoomUpserted described it; one not learned yet is named by its id and read in UTC. */
export async function roomFacts(db: Db, roomId: string): Promise<RoomFacts> {
  const room = await findRoom(db, roomId);
  return { id: roomId, name: room?.name ?? roomId, timezone: room?.timezone ?? 'UTC' };
}
