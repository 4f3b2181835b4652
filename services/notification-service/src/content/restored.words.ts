import type { Language } from './language.ts';

export interface RestoredWords {
  subject: (booking: string, room: string) => string;
  what: (booking: string, reference: string, room: string, when: string) => string;
  deleted: string;
  /** `fields` is empty when the connector did not say which differed. */
  edited: (fields: string) => string;
  restored: (at: string) => string;
  instead: string;
  where: (calendarId: string, eventId: string) => string;
  /** The event's fields as a partner knows them from Google Calendar's editor. */
  fields: Record<string, string>;
}

/** A restored event told to the partner: what happened in Google, what calbridge did, where changes belong. */
export const restoredWords: Record<Language, RestoredWords> = {
  en: {
    subject: (booking, room) => `Google Calendar event restored: booking ${booking} in ${room}`,
    what: (booking, reference, room, when) =>
      `The Google Calendar event of booking ${booking}${reference ? ` (your reference ${reference})` : ''} in room ${room}${when ? ` on ${when}` : ''}`,
    deleted: 'was deleted in Google Calendar.',
    edited: (fields) => `was edited in Google Calendar${fields ? ` (changed: ${fields})` : ''}.`,
    restored: (at) => `On ${at}, calbridge restored it from the booking.`,
    instead:
      'The booking system is the source of truth for the events calbridge writes, so changes made to them in Google ' +
      'Calendar are undone. To change this booking, change it in the booking system: calbridge then updates the calendar.',
    where: (calendarId, eventId) => `Calendar: ${calendarId}, event: ${eventId}.`,
    fields: {
      summary: 'title',
      description: 'description',
      location: 'location',
      start: 'start time',
      end: 'end time',
      status: 'status',
      colorId: 'color',
      transparency: 'busy/free',
    },
  },
  pl: {
    subject: (booking, room) => `Przywrócono wydarzenie w Kalendarzu Google: rezerwacja ${booking}, ${room}`,
    what: (booking, reference, room, when) =>
      `Wydarzenie w Kalendarzu Google dla rezerwacji ${booking}${reference ? ` (Twój numer ${reference})` : ''} w pokoju ${room}${when ? `, ${when},` : ''}`,
    deleted: 'zostało usunięte w Kalendarzu Google.',
    edited: (fields) => `zostało zmienione w Kalendarzu Google${fields ? ` (zmienione: ${fields})` : ''}.`,
    restored: (at) => `calbridge przywrócił je na podstawie rezerwacji: ${at}.`,
    instead:
      'To system rezerwacji jest źródłem prawdy dla wydarzeń zapisywanych przez calbridge, dlatego zmiany wprowadzone ' +
      'w nich w Kalendarzu Google są cofane. Aby zmienić tę rezerwację, zmień ją w systemie rezerwacji: calbridge ' +
      'zaktualizuje wtedy kalendarz.',
    where: (calendarId, eventId) => `Kalendarz: ${calendarId}, wydarzenie: ${eventId}.`,
    fields: {
      summary: 'tytuł',
      description: 'opis',
      location: 'miejsce',
      start: 'początek',
      end: 'koniec',
      status: 'status',
      colorId: 'kolor',
      transparency: 'zajęty/wolny',
    },
  },
  de: {
    subject: (booking, room) => `Google-Kalender-Termin wiederhergestellt: Buchung ${booking}, ${room}`,
    what: (booking, reference, room, when) =>
      `Der Google-Kalender-Termin der Buchung ${booking}${reference ? ` (Ihre Referenz ${reference})` : ''} im Raum ${room}${when ? ` am ${when}` : ''}`,
    deleted: 'wurde im Google Kalender gelöscht.',
    edited: (fields) => `wurde im Google Kalender geändert${fields ? ` (geändert: ${fields})` : ''}.`,
    restored: (at) => `Am ${at} hat calbridge ihn aus der Buchung wiederhergestellt.`,
    instead:
      'Das Buchungssystem ist die maßgebliche Quelle für die Termine, die calbridge schreibt; Änderungen daran im ' +
      'Google Kalender werden rückgängig gemacht. Um diese Buchung zu ändern, ändern Sie sie im Buchungssystem: ' +
      'calbridge aktualisiert dann den Kalender.',
    where: (calendarId, eventId) => `Kalender: ${calendarId}, Termin: ${eventId}.`,
    fields: {
      summary: 'Titel',
      description: 'Beschreibung',
      location: 'Ort',
      start: 'Beginn',
      end: 'Ende',
      status: 'Status',
      colorId: 'Farbe',
      transparency: 'beschäftigt/frei',
    },
  },
};
