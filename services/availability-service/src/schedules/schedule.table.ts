import type { ColumnType } from 'kysely';
import type { WeeklyHours } from './weekly-hours.ts';

export interface RoomScheduleTable {
  room_id: string;
  /** Overrides the room's own time zone when set. */
  timezone: string | null;
  weekly: ColumnType<WeeklyHours, string, string>;
  slot_minutes: number;
  every_minutes: number;
}
