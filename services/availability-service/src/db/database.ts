import type { MessagingTables } from '@calbridge/messaging';
import type { RoomBlockRulesTable } from '../block-rules/block-rule.table.ts';
import type { BlockTable } from '../blocks/block.table.ts';
import type { BookingTable } from '../bookings/booking.table.ts';
import type { BlockConflictTable } from '../conflicts/conflict.table.ts';
import type { RoomTable } from '../rooms/room.table.ts';
import type { RoomScheduleTable } from '../schedules/schedule.table.ts';

/** The kysely schema of this service's database. */
export interface Database extends MessagingTables {
  rooms: RoomTable;
  room_schedules: RoomScheduleTable;
  room_block_rules: RoomBlockRulesTable;
  bookings: BookingTable;
  blocks: BlockTable;
  block_conflicts: BlockConflictTable;
}
