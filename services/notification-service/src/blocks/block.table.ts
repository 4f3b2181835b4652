import type { ColumnType } from 'kysely';

/** A block as its last BlockApplied described it: the calendar event's time, for conflict messages. */
export interface BlockTable {
  id: string;
  partner_id: string;
  room_id: string;
  event_id: string;
  start_at: ColumnType<Date, Date | string, Date | string>;
  end_at: ColumnType<Date, Date | string, Date | string>;
  all_day: boolean;
  version: number;
}
