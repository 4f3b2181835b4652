import type { SlotTime } from '../schedules/generate-slots.ts';

export interface Interval {
  id: string;
  start: number;
  end: number;
}

export interface SlotStatus extends SlotTime {
  status: 'free' | 'booked' | 'blocked';
  bookingId?: string;
  blockId?: string;
}

/**
 * One sweep over slots, bookings and blocks, all sorted by start. A booking makes a slot booked when they overlap;
 * a block makes it blocked when the slot's start lies inside the block (the range rule of spec §5). A booked
 * slot that is also blocked shows both ids: that is a conflict the partner should see.
 */
export function slotStatuses(slots: SlotTime[], bookings: Interval[], blocks: Interval[]): SlotStatus[] {
  const booking = sweep(bookings);
  const block = sweep(blocks);
  return slots.map((slot) => {
    const bookedBy = booking((start) => start < slot.end, slot.start);
    const blockedBy = block((start) => start <= slot.start, slot.start);
    const status = bookedBy ? 'booked' : blockedBy ? 'blocked' : 'free';
    return {
      ...slot,
      status,
      ...(bookedBy ? { bookingId: bookedBy.id } : {}),
      ...(blockedBy ? { blockId: blockedBy.id } : {}),
    };
  });
}

/**
 * A lookup for queries that only move forward: among the intervals whose start is admitted, the one reaching
 * furthest, if it ends after `endsAfter`.
 */
function sweep(intervals: Interval[]) {
  let next = 0;
  let furthest: Interval | undefined;
  return (admits: (start: number) => boolean, endsAfter: number): Interval | undefined => {
    for (; next < intervals.length && admits((intervals[next] as Interval).start); next++) {
      const interval = intervals[next] as Interval;
      if (!furthest || interval.end > furthest.end) furthest = interval;
    }
    return furthest && furthest.end > endsAfter ? furthest : undefined;
  };
}
