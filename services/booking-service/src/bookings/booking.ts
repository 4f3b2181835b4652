import type { Selectable } from 'kysely';
import type { BookingTable } from './booking.table.ts';

export type BookingStatus = BookingTable['status'];

/** A booking as the API shows it and every Booking* event carries it (the spec §3 snapshot). */
export type Booking = {
  id: string;
  partnerId: string;
  roomId: string;
  start: string;
  end: string;
  status: BookingStatus;
  paidOnline: boolean;
  name: string;
  customer: { email?: string; phone?: string };
  price?: { amount: number; currency: string };
  participants?: number;
  language?: string;
  notes?: string;
  externalRef?: string;
  version: number;
};

// Absent optional fields are left out rather than sent as null, as the event contract expects.
const present = <Key extends string, Value>(key: Key, value: Value | null) =>
  (value === null ? {} : { [key]: value }) as { [K in Key]?: Value };

export function toBooking(row: Selectable<BookingTable>): Booking {
  return {
    id: row.id,
    partnerId: row.partner_id,
    roomId: row.room_id,
    start: row.start_at.toISOString(),
    end: row.end_at.toISOString(),
    status: row.status,
    paidOnline: row.paid_online,
    name: row.name,
    customer: { ...present('email', row.customer_email), ...present('phone', row.customer_phone) },
    ...(row.price_amount === null || row.price_currency === null
      ? {}
      : { price: { amount: Number(row.price_amount), currency: row.price_currency } }),
    ...present('participants', row.participants),
    ...present('language', row.language),
    ...present('notes', row.notes),
    ...present('externalRef', row.external_ref),
    version: row.version,
  };
}
