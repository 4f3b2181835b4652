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

export interface BlockFacts {
  start: Date;
  end: Date;
  allDay: boolean;
}

/** What the service learned about the rooms, bookings and blocks a set of notifications name: a query for each. */
export interface MessageFacts {
  room(roomId: string): RoomFacts;
  booking(bookingId: string): BookingFacts | undefined;
  block(blockId: string): BlockFacts | undefined;
}

const idsOf = (notifications: Composable[], key: string) => [
  ...new Set(notifications.map(({ context }) => context[key]).filter((id): id is string => typeof id === 'string')),
];

export async function loadMessageFacts(db: Db, notifications: Composable[]): Promise<MessageFacts> {
  const roomIds = idsOf(notifications, 'roomId');
  const bookingIds = idsOf(notifications, 'bookingId');
  const blockIds = idsOf(notifications, 'blockId');
  const [rooms, bookings, blocks] = await Promise.all([
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
    blockIds.length === 0
      ? []
      : db.selectFrom('blocks').select(['id', 'start_at', 'end_at', 'all_day']).where('id', 'in', blockIds).execute(),
  ]);
  const blockById = new Map(blocks.map((block) => [block.id, block]));
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
    block: (blockId) => {
      const block = blockById.get(blockId);
      return block && { start: block.start_at, end: block.end_at, allDay: block.all_day };
    },
  };
}
