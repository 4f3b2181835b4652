import { formatDays, formatWhen } from './format-when.ts';
import type { Message } from './message.ts';
import type { MessageFacts } from './message-facts.ts';

export interface ConflictContext {
  roomId: string;
  bookingId: string;
  blockId: string;
  calendarEventId: string;
}

/** To the partner, in English: which event covers which booking, when, and what it can do about it. */
export function conflictMessage(facts: MessageFacts, context: ConflictContext): Message {
  const room = facts.room(context.roomId);
  const booking = facts.booking(context.bookingId);
  const when = booking ? formatWhen(booking.start, booking.end, room.timezone, 'en') : undefined;
  const reference = booking?.externalRef ? ` (your reference ${booking.externalRef})` : '';
  const block = facts.block(context.blockId);
  const eventTime = !block
    ? ''
    : block.allDay
      ? `, all day, ${formatDays(block.start, block.end, room.timezone, 'en')}`
      : `, ${formatWhen(block.start, block.end, room.timezone, 'en')}`;
  return {
    language: 'en',
    subject: `Calendar conflict: booking ${context.bookingId} in ${room.name}`,
    paragraphs: [
      `A Google Calendar event now covers booking ${context.bookingId}${reference} in room ${room.name}${when ? ` on ${when}` : ''}.`,
      `Calendar event: ${context.calendarEventId}${eventTime} (calbridge block ${context.blockId}).`,
      'The booking stays as it is, and the room takes no new bookings while the event is there. To resolve it, ' +
        'move or cancel the booking, or move or delete the calendar event. To keep both, release the block through ' +
        `the availability API: DELETE /v1/rooms/${room.id}/blocks/${context.blockId}.`,
    ],
    facts: {
      roomId: room.id,
      roomName: room.name,
      timezone: room.timezone,
      bookingId: context.bookingId,
      ...(booking ? { bookingStart: booking.start.toISOString(), bookingEnd: booking.end.toISOString() } : {}),
      ...(booking?.externalRef ? { externalRef: booking.externalRef } : {}),
      blockId: context.blockId,
      ...(block
        ? { eventStart: block.start.toISOString(), eventEnd: block.end.toISOString(), eventAllDay: block.allDay }
        : {}),
      calendarEventId: context.calendarEventId,
    },
  };
}
