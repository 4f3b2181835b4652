import { randomUUID } from 'node:crypto';
import { type BookingSnapshot, createEvent } from '@calbridge/contracts';

export const partnerId = '7a1e9d2c-0000-4000-8000-00000000a001';
export const otherPartnerId = '7a1e9d2c-0000-4000-8000-00000000b002';

const publisher = { source: 'booking-service' };

/** RoomUpserted as booking-service publishes it. */
export function roomUpserted(room: {
  id: string;
  name: string;
  timezone: string;
  version?: number;
  partnerId?: string;
}) {
  const owner = room.partnerId ?? partnerId;
  return createEvent('RoomUpserted', {
    ...publisher,
    subject: room.id,
    partnerId: owner,
    data: {
      room: { id: room.id, partnerId: owner, name: room.name, timezone: room.timezone, version: room.version ?? 1 },
    },
  });
}

/** A booking snapshot with sensible defaults; `changes` override any field. */
export function bookingSnapshot(roomId: string, changes: Partial<BookingSnapshot> = {}): BookingSnapshot {
  return {
    id: randomUUID(),
    partnerId,
    roomId,
    start: '2027-03-10T17:00:00.000Z',
    end: '2027-03-10T18:00:00.000Z',
    status: 'confirmed',
    paidOnline: false,
    name: 'Anna Kowalska',
    customer: { email: 'anna@example.com', phone: '+48 600 700 800' },
    version: 1,
    ...changes,
  };
}

export const bookingCreated = (booking: BookingSnapshot) =>
  createEvent('BookingCreated', { ...publisher, subject: booking.id, partnerId: booking.partnerId, data: { booking } });

export const bookingUpdated = (booking: BookingSnapshot) =>
  createEvent('BookingUpdated', { ...publisher, subject: booking.id, partnerId: booking.partnerId, data: { booking } });

export const bookingCancelled = (booking: BookingSnapshot) =>
  createEvent('BookingCancelled', {
    ...publisher,
    subject: booking.id,
    partnerId: booking.partnerId,
    data: { booking: { ...booking, status: 'cancelled' } },
  });
