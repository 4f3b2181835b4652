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
