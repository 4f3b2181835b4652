import type { ColumnType } from 'kysely';

/** A booking as its last BookingCreated/BookingUpdated described it, without the customer's contact details. */
export interface BookingTable {
  id: string;
  partner_id: string;
  room_id: string;
  start_at: ColumnType<Date, Date | string, Date | string>;
  end_at: ColumnType<Date, Date | string, Date | string>;
  status: string;
  language: string | null;
  external_ref: string | null;
  version: number;
}
