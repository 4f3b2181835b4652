import type { Db } from '../db/db.ts';
import { forgetRoomContext } from '../db/transaction-memo.ts';
import type { WeeklyHours } from './weekly-hours.ts';

export interface Schedule {
  timezone?: string;
  weekly: WeeklyHours;
  slotMinutes: number;
  everyMinutes: number;
}

export async function findSchedule(db: Db, roomId: string): Promise<Schedule | undefined> {
  const row = await db.selectFrom('room_schedules').selectAll().where('room_id', '=', roomId).executeTakeFirst();
  if (!row) return undefined;
  return {
    ...(row.timezone ? { timezone: row.timezone } : {}),
    weekly: row.weekly,
    slotMinutes: row.slot_minutes,
    everyMinutes: row.every_minutes,
  };
}

export async function saveSchedule(db: Db, roomId: string, schedule: Schedule): Promise<void> {
  forgetRoomContext(db, roomId);
  const row = {
    room_id: roomId,
    timezone: schedule.timezone ?? null,
    weekly: JSON.stringify(schedule.weekly),
    slot_minutes: schedule.slotMinutes,
    every_minutes: schedule.everyMinutes,
  };
  await db
    .insertInto('room_schedules')
    .values(row)
    .onConflict((conflict) => conflict.column('room_id').doUpdateSet(row))
    .execute();
}
