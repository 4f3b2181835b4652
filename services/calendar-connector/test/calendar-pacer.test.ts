import { describe, expect, it } from '@jest/globals';
import { createCalendarPacer } from '../src/google/calendar-pacer.ts';

const blockEventLoop = (ms: number) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // A GC pause or a busy machine: no timer fires meanwhile.
  }
};

describe('pacing writes to one calendar', () => {
  it('when the event loop stalls while writes wait, then they still start 200 ms apart instead of all at once', async () => {
    const pace = createCalendarPacer(200);
    const starts: number[] = [];
    const writes = Array.from({ length: 6 }, () =>
      pace('room@group.calendar.google.com').then(() => starts.push(Date.now())),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    blockEventLoop(700);
    await Promise.all(writes);
    const gaps = starts.slice(1).map((start, index) => start - (starts[index] as number));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(195);
  });

  it('when writes go to different calendars, then none waits for another calendar', async () => {
    const pace = createCalendarPacer(200);
    const began = Date.now();
    await Promise.all(['a', 'b', 'c', 'd'].map((calendarId) => pace(calendarId)));
    expect(Date.now() - began).toBeLessThan(150);
  });
});
