import type { DateTime } from 'luxon';

/** A booking with every detail a data scope may show or hide, each distinct enough to be found in an event. */
export const customerBooking = {
  name: 'Anna Kowalska',
  customer: { email: 'anna.kowalska@example.com', phone: '+48 600 100 200' },
  price: { amount: 12_000, currency: 'PLN' },
  participants: 6,
  language: 'pt-BR',
  notes: 'Birthday group, bring a cake',
};

/** How long the visits in these tests last. */
export const visitMinutes = 90;

/** What a customer books online: every detail, not paid yet. */
export const pendingBooking = (roomId: string, start: DateTime) => ({
  ...customerBooking,
  roomId,
  start: start.toUTC().toISO(),
  end: start.plus({ minutes: visitMinutes }).toUTC().toISO(),
  status: 'pending_payment',
});

/** A plain confirmed booking, to prove a slot is (or is not) bookable. */
export const plainBooking = (roomId: string, start: DateTime) => ({
  roomId,
  start: start.toUTC().toISO(),
  end: start.plus({ minutes: 30 }).toUTC().toISO(),
  name: 'Walk-in',
});
