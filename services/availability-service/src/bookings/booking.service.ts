import type { BookingSnapshot } from '@calbridge/contracts';
import { findActiveBlocksCovering } from '../blocks/block-queries.repository.ts';
import { reportConflicts } from '../conflicts/conflict.service.ts';
import type { Db } from '../db/db.ts';
import { loadRoomContexts } from '../rooms/room-context.ts';
import { lockRoom } from '../rooms/room-lock.ts';
import { foreignRoomReason, samePartner } from '../rooms/room-owner.ts';
import { upsertBooking } from './booking.repository.ts';

/**
 * Projects a booking snapshot; stale and repeated versions change nothing. An active booking whose start lies in an
 * active block conflicts with it (the block arrived first; the other order is found when the block is applied).
 * A booking of another partner than the event's, or in a room another partner owns, is not projected: the reason
 * is returned (room-owner.ts).
 */
export async function applyBooking(db: Db, booking: BookingSnapshot, partnerId: string): Promise<string | undefined> {
  if (!samePartner(booking.partnerId, partnerId)) return `booking ${booking.id} belongs to another partner`;
  await lockRoom(db, booking.roomId);
  const room = (await loadRoomContexts(db, [booking.roomId]))(booking.roomId);
  const foreign = foreignRoomReason(booking.roomId, room.partnerId, booking.partnerId);
  if (foreign) return foreign;
  if (!(await upsertBooking(db, booking))) return;
  if (booking.status === 'cancelled') return;
  const blocks = await findActiveBlocksCovering(db, booking.roomId, new Date(booking.start));
  await reportConflicts(
    db,
    blocks.map((block) => ({
      partnerId: block.partner_id,
      roomId: booking.roomId,
      bookingId: booking.id,
      blockId: block.id,
      eventId: block.event_id,
    })),
  );
}
