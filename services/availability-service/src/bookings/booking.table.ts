import type { BookingStatus } from '@calbridge/contracts';

/** The projection of booking-service's bookings: only what availability needs. */
export interface BookingTable {
  id: string;
  partner_id: string;
  room_id: string;
  start_at: Date;
  end_at: Date;
  status: BookingStatus;
  version: number;
}
