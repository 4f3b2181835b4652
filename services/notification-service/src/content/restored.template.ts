import { formatAt, formatWhen } from './format-when.ts';
import { languageOf } from './language.ts';
import type { Message } from './message.ts';
import type { MessageFacts } from './message-facts.ts';
import { restoredWords } from './restored.words.ts';

export interface RestoredContext {
  integrationId: string;
  roomId: string;
  bookingId: string;
  calendarId: string;
  calendarEventId: string;
  change: 'deleted' | 'edited';
  fields?: string[];
  restoredAt: string;
  /** The partner's language when the event arrived. */
  language?: string;
}

/** To the partner, in its language: which booking's event was changed in Google, that it is back, where to edit. */
export function restoredMessage(facts: MessageFacts, context: RestoredContext): Message {
  const language = languageOf(context.language);
  const say = restoredWords[language];
  const room = facts.room(context.roomId);
  const booking = facts.booking(context.bookingId);
  const when = booking ? formatWhen(booking.start, booking.end, room.timezone, language) : '';
  const fields = (context.fields ?? []).map((field) => say.fields[field] ?? field).join(', ');
  const change = context.change === 'deleted' ? say.deleted : say.edited(fields);
  const restoredAt = new Date(context.restoredAt);
  return {
    language,
    subject: say.subject(booking?.externalRef ?? context.bookingId, room.name),
    paragraphs: [
      `${say.what(context.bookingId, booking?.externalRef ?? '', room.name, when)} ${change}`,
      say.restored(formatAt(restoredAt, room.timezone, language)),
      say.instead,
      say.where(context.calendarId, context.calendarEventId),
    ],
    facts: {
      integrationId: context.integrationId,
      roomId: room.id,
      roomName: room.name,
      timezone: room.timezone,
      bookingId: context.bookingId,
      ...(booking ? { bookingStart: booking.start.toISOString(), bookingEnd: booking.end.toISOString() } : {}),
      ...(booking?.externalRef ? { externalRef: booking.externalRef } : {}),
      calendarId: context.calendarId,
      calendarEventId: context.calendarEventId,
      change: context.change,
      ...(context.fields ? { fields: context.fields } : {}),
      restoredAt: restoredAt.toISOString(),
    },
  };
}
