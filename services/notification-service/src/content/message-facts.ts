import type { Db } from '../db/db.ts';
import type { Composable } from './compose-notification.ts';

export interface RoomFacts {
  id: string;
  name: string;
  timezone: string;
}

export interface BookingFacts {
  start: Date;
  end: Date;
  externalRef: string | null;
}

/** What the service learned about the rooms and bookings a set of notifications name: two queries for all of them. */
export interface MessageFacts {
  room(roomId: string): RoomFacts;
  booking(bookingId: string): BookingFacts | undefined;
}

const idsOf = (notifications: Composable[], key: string) => [
  ...new Set(notifications.map(({ context }) => context[key]).filter((id): id is string => typeof id === 'string')),
];

export async function loadMessageFacts(db: Db, notifications: Composable[]): Promise<MessageFacts> {
  const roomIds = idsOf(notifications, 'roomId');
  const bookingIds = idsOf(notifications, 'bookingId');
  const [rooms, bookings] = await Promise.all([
    roomIds.length === 0
      ? []
      : db.selectFrom('rooms').select(['id', 'name', 'timezone']).where('id', 'in', roomIds).execute(),
    bookingIds.length === 0
      ? []
      : db
          .selectFrom('bookings')
          .select(['id', 'start_at', 'end_at', 'external_ref'])
          .where('id', 'in', bookingIds)
          .execute(),
  ]);
  const roomById = new Map(rooms.map((room) => [room.id, room]));
  const bookingById = new Map(bookings.map((booking) => [booking.id, booking]));
  return {
    // A room not learned yet is named by its id and read in UTC.
    room: (roomId) => {
      const room = roomById.get(roomId);
      return { id: roomId, name: room?.name ?? roomId, timezone: room?.timezone ?? 'UTC' };
    },
    booking: (bookingId) => {
      const booking = bookingById.get(bookingId);
      return booking && { start: booking.start_at, end: booking.end_at, externalRef: booking.external_ref };
    },
  };
}
