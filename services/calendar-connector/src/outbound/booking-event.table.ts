import type { ColumnType } from 'kysely';

export interface BookingEventTable {
  booking_id: string;
  integration_id: string;
  calendar_id: string;
  event_id: string;
  content_hash: string;
  written_at: ColumnType<Date, Date | undefined, Date>;
}
