import { setTimeout as sleep } from 'node:timers/promises';
import type { calendar_v3 } from '@googleapis/calendar';
import { timezone } from './inbound-google.bench-env.ts';

export interface InsertedChange {
  eventId: string;
  /** performance.now() when Google answered the insert. */
  answeredAt: number;
}

/**
 * A person adding timed events in Google Calendar: `count` inserts at `perSecond`, on a fixed schedule (a slow answer
 * does not delay the next one), round-robin over `calendarIds`. Answers each event's id and when it was answered.
 */
export async function insertChangesAtRate(
  client: calendar_v3.Calendar,
  calendarIds: string[],
  count: number,
  perSecond: number,
): Promise<InsertedChange[]> {
  const started = performance.now();
  const firstStart = Math.ceil(Date.now() / 86_400_000 + 1) * 86_400_000;
  const inserts: Promise<InsertedChange>[] = [];
  for (let index = 0; index < count; index++) {
    await sleep(Math.max(0, started + (index * 1000) / perSecond - performance.now()));
    const start = new Date(firstStart + index * 900_000);
    const requestBody = {
      summary: `Walk-in ${index}`,
      start: { dateTime: start.toISOString(), timeZone: timezone },
      end: { dateTime: new Date(start.getTime() + 1_800_000).toISOString(), timeZone: timezone },
    };
    const calendarId = calendarIds[index % calendarIds.length] as string;
    inserts.push(
      client.events.insert({ calendarId, requestBody }).then((response) => {
        if (response.status !== 200 || !response.data.id) throw new Error(`events.insert answered ${response.status}`);
        return { eventId: response.data.id, answeredAt: performance.now() };
      }),
    );
  }
  return Promise.all(inserts);
}
