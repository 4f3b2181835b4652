import type { bookingHttpClient } from './booking-http-client.ts';
import { bookingSlot } from './booking-slots.ts';

export interface Sent {
  id: string;
  /** When the request was due (paced) or sent (closed loop): latency counts from here. */
  at: number;
  httpMs: number;
}

/** Creates the index-th booking through HTTP; every one must be a 201, or the figures would be meaningless. */
export function bookingSender(post: ReturnType<typeof bookingHttpClient>, rooms: string[]) {
  let index = 0;
  return async (dueAt = performance.now()): Promise<Sent> => {
    const slot = bookingSlot(rooms, index++);
    const response = await post('/v1/bookings', {
      ...slot,
      name: 'Bench booking',
      price: { amount: 9900, currency: 'EUR' },
    });
    if (response.status !== 201) throw new Error(`booking refused: ${response.status} ${response.body}`);
    return { id: (JSON.parse(response.body) as { id: string }).id, at: dueAt, httpMs: performance.now() - dueAt };
  };
}

/** `concurrency` clients, each sending its next request as soon as the last is answered. */
export async function closedLoop(send: () => Promise<Sent>, count: number, concurrency: number) {
  const sent: Sent[] = [];
  const started = performance.now();
  let claimed = 0;
  const client = async () => {
    while (claimed++ < count) sent.push(await send());
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return { sent, seconds: (performance.now() - started) / 1000 };
}

/**
 * Open loop at a fixed rate: requests are due on a schedule whether or not earlier ones are answered, and latency
 * counts from when each was due, so a stall is not hidden (coordinated omission).
 */
export async function pacedLoad(send: (dueAt: number) => Promise<Sent>, perSecond: number, seconds: number) {
  const interval = 1000 / perSecond;
  const total = Math.floor(perSecond * seconds);
  const started = performance.now();
  const pending: Promise<Sent>[] = [];
  for (let index = 0; index < total; index++) {
    const dueAt = started + index * interval;
    const wait = dueAt - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(send(dueAt));
  }
  const sent = await Promise.all(pending);
  return { sent, seconds: (performance.now() - started) / 1000 };
}

export function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}
