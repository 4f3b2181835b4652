import { formatDay, formatWhen } from './format-when.ts';
import { type Language, languageOf } from './language.ts';
import type { Message } from './message.ts';
import type { MessageFacts } from './message-facts.ts';

export interface ConfirmationContext {
  bookingId: string;
  roomId: string;
  start: string;
  end: string;
  status: string;
  language?: string;
  externalRef?: string;
}

const words: Record<Language, Record<'subject' | 'thanks' | 'room' | 'when' | 'reference' | 'unpaid', string>> = {
  en: {
    subject: 'Booking confirmation',
    thanks: 'Thank you for your booking.',
    room: 'Room',
    when: 'When',
    reference: 'Booking reference',
    unpaid: 'Payment is still pending.',
  },
  pl: {
    subject: 'Potwierdzenie rezerwacji',
    thanks: 'Dziękujemy za rezerwację.',
    room: 'Pokój',
    when: 'Termin',
    reference: 'Numer rezerwacji',
    unpaid: 'Płatność nie została jeszcze zaksięgowana.',
  },
  de: {
    subject: 'Buchungsbestätigung',
    thanks: 'Vielen Dank für Ihre Buchung.',
    room: 'Raum',
    when: 'Wann',
    reference: 'Buchungsnummer',
    unpaid: 'Die Zahlung steht noch aus.',
  },
};

/** To the customer, in the booking's language: the room, the time in the room's zone, the reference. Nothing else. */
export function confirmationMessage(facts: MessageFacts, context: ConfirmationContext): Message {
  const room = facts.room(context.roomId);
  const language = languageOf(context.language);
  const say = words[language];
  const start = new Date(context.start);
  const reference = context.externalRef ?? context.bookingId;
  return {
    language,
    subject: `${say.subject}: ${room.name}, ${formatDay(start, room.timezone, language)}`,
    paragraphs: [
      say.thanks,
      `${say.room}: ${room.name}\n${say.when}: ${formatWhen(start, new Date(context.end), room.timezone, language)}\n${say.reference}: ${reference}`,
      ...(context.status === 'pending_payment' ? [say.unpaid] : []),
    ],
    facts: {},
  };
}
