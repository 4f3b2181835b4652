import type { MessagingTables } from '@calbridge/messaging';
import type { BlockTable } from '../blocks/block.table.ts';
import type { BookingTable } from '../bookings/booking.table.ts';
import type { IdempotencyKeyTable } from '../idempotency/idempotency-key.table.ts';
import type { RoomTable } from '../rooms/room.table.ts';

/** The kysely schema of this service's database. */
export interface Database extends MessagingTables {
  rooms: RoomTable;
  bookings: BookingTable;
  blocks: BlockTable;
  idempotency_keys: IdempotencyKeyTable;
}
