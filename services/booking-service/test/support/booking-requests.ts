import type { ApiClient } from './api-client.ts';

let slot = 0;

/** A fresh, non-overlapping hour for each call, so tests in one file never collide on a room. */
export function nextHour(): { start: string; end: string } {
  const start = Date.UTC(2027, 0, 1, 10) + slot++ * 2 * 3_600_000;
  return { start: new Date(start).toISOString(), end: new Date(start + 3_600_000).toISOString() };
}

export async function createRoom(api: ApiClient, name = 'Room'): Promise<string> {
  const response = await api.post('/v1/rooms', { name, timezone: 'Europe/Warsaw' });
  if (response.status !== 201) throw new Error(`room not created: ${JSON.stringify(response.body)}`);
  return response.body.id;
}

export const fieldsOf = (body: { errors?: { field: string }[] }) =>
  (body.errors ?? []).map((error) => error.field).sort();

/** A booking with every optional field set, in a fresh hour of `roomId`. */
export const fullBooking = (roomId: string) => ({
  roomId,
  ...nextHour(),
  name: 'Escape night',
  customer: { email: 'ann@example.com', phone: '+48 600 100 200' },
  price: { amount: 25_000, currency: 'PLN' },
  participants: 4,
  language: 'pl',
  notes: 'Birthday',
  status: 'pending_payment',
  paidOnline: false,
  externalRef: 'order-17',
});
