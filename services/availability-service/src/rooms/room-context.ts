import { findBlockRules } from '../block-rules/block-rule.repository.ts';
import type { BlockRules } from '../block-rules/block-rules.ts';
import type { Db } from '../db/db.ts';
import { findSchedule } from '../schedules/schedule.repository.ts';
import { findRoom } from './room.repository.ts';

/** What deciding a room's blocks depends on besides the event itself. */
export interface RoomContext {
  roomId: string;
  /** The tenant: the room's partner once RoomUpserted told it. */
  partnerId: string | undefined;
  /** False until RoomUpserted arrives; the time zone is then only a best guess. */
  known: boolean;
  timezone: string;
  rules: BlockRules;
}

/** The schedule's time zone wins over the room's; before the room is known, the calendar's is the best guess. */
export async function loadRoomContext(db: Db, roomId: string, guessedTimezone?: string): Promise<RoomContext> {
  const [room, schedule, rules] = await Promise.all([
    findRoom(db, roomId),
    findSchedule(db, roomId),
    findBlockRules(db, roomId),
  ]);
  const timezone = schedule?.timezone ?? room?.timezone ?? guessedTimezone ?? 'UTC';
  return { roomId, partnerId: room?.partner_id, known: room !== undefined, timezone, rules };
}
