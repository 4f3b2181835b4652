import type { Insertable } from 'kysely';
import type { BookingTable } from './booking.table.ts';
import type { Booking } from './booking.ts';

/**
 * The columns of a booking snapshot, except its partner, which always comes from the room. Instants go in as Dates,
 * so Postgres compares them as instants.
 */
export function toBookingColumns(booking: Omit<Booking, 'partnerId'>): Omit<Insertable<BookingTable>, 'partner_id'> {
  return {
    id: booking.id,
    room_id: booking.roomId,
    start_at: new Date(booking.start),
    end_at: new Date(booking.end),
    status: booking.status,
    paid_online: booking.paidOnline,
    name: booking.name,
    customer_email: booking.customer.email ?? null,
    customer_phone: booking.customer.phone ?? null,
    price_amount: booking.price?.amount ?? null,
    price_currency: booking.price?.currency ?? null,
    participants: booking.participants ?? null,
    language: booking.language ?? null,
    notes: booking.notes ?? null,
    external_ref: booking.externalRef ?? null,
    version: booking.version,
  };
}
