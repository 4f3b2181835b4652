import { describe, expect, test } from '@jest/globals';
import { slotStatuses } from '../src/availability/slot-status.ts';
import { generateSlots } from '../src/schedules/generate-slots.ts';

const iso = (ms: number) => new Date(ms).toISOString();
const at = (value: string) => Date.parse(value);

describe('slots', () => {
  test('when opening hours run past midnight, then the night’s slots belong to the day they opened', () => {
    const schedule = { weekly: { fri: [{ from: '20:00', to: '02:00' }] }, slotMinutes: 120, everyMinutes: 120 };

    const slots = generateSlots(schedule, 'UTC', new Date('2026-09-04T00:00:00Z'), new Date('2026-09-06T00:00:00Z'));

    expect(slots.map((slot) => iso(slot.start))).toEqual([
      '2026-09-04T20:00:00.000Z',
      '2026-09-04T22:00:00.000Z',
      '2026-09-05T00:00:00.000Z',
    ]);
  });

  test('when a slot only overlaps a booking or a block, then the booking takes it and the block only if it holds the slot start', () => {
    const slots = [10, 11, 12, 13].map((hour) => ({
      start: at(`2026-09-07T${hour}:00:00Z`),
      end: at(`2026-09-07T${hour}:59:00Z`),
    }));
    const bookings = [{ id: 'b', start: at('2026-09-07T10:30:00Z'), end: at('2026-09-07T11:15:00Z') }];
    const blocks = [{ id: 'k', start: at('2026-09-07T11:30:00Z'), end: at('2026-09-07T13:00:00Z') }];

    const statuses = slotStatuses(slots, bookings, blocks).map(({ status, bookingId, blockId }) => [
      status,
      bookingId,
      blockId,
    ]);

    expect(statuses).toEqual([
      ['booked', 'b', undefined],
      ['booked', 'b', undefined],
      ['blocked', undefined, 'k'],
      ['free', undefined, undefined],
    ]);
  });

  test('when a zone skips midnight for daylight saving, then that day’s slots still open at their local time', () => {
    const schedule = { weekly: { sun: [{ from: '10:00', to: '11:00' }] }, slotMinutes: 60, everyMinutes: 60 };

    // Chile moved its clocks from 00:00 to 01:00 on Sunday 6 September 2026.
    const slots = generateSlots(
      schedule,
      'America/Santiago',
      new Date('2026-09-06T00:00:00Z'),
      new Date('2026-09-07T00:00:00Z'),
    );

    expect(slots.map((slot) => iso(slot.start))).toEqual(['2026-09-06T13:00:00.000Z']);
  });
});
