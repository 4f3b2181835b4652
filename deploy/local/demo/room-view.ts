import { clockIn, type DemoWorld } from './demo-world.ts';

export interface Slot {
  start: string;
  status: 'free' | 'booked' | 'blocked';
}

/** A room's slots on one day as its wall clock shows them: `{ "10:00": "free", "11:00": "blocked", … }`. */
export async function slotsOn(world: DemoWorld, roomId: string, day: string, zone: string) {
  const next = new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);
  const view = await world.availability.read(`/v1/rooms/${roomId}/availability?from=${day}&to=${next}`);
  if (view.status !== 200) throw new Error(`availability answered ${view.status}`);
  return Object.fromEntries((view.body.slots as Slot[]).map((slot) => [clockIn(slot.start, zone), slot.status]));
}

/** Prints a day's slots on one line, the way the partner's availability screen would show them. */
export function showSlots(world: DemoWorld, slots: Record<string, string>): void {
  const mark = { free: '·', booked: 'B', blocked: 'X' } as Record<string, string>;
  const line = Object.entries(slots).map(([time, status]) => `${time}${mark[status] ?? '?'}`);
  world.say.note(`slots (· free, B booked, X blocked): ${line.join(' ')}`);
}

/** Whether every named slot has the status, e.g. `statusIs(slots, ['11:00', '12:00'], 'blocked')`. */
export const statusIs = (slots: Record<string, string>, times: string[], status: string): boolean =>
  times.every((time) => slots[time] === status);
