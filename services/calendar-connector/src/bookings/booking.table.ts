import type { BookingSnapshot } from '@calbridge/contracts';
import type { ColumnType } from 'kysely';

/** booking-service's bookings as their events tell them; `snapshot` is the event's booking, as received. */
export interface BookingTable {
  id: string;
  partner_id: string;
  room_id: string;
  end_at: Date;
  status: string;
  snapshot: ColumnType<BookingSnapshot, string, string>;
  version: number;
}
