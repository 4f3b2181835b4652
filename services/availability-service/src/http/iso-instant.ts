const dayMs = 86_400_000;
const cacheLimit = 50_000;
const dates = new Map<number, string>();
const clocks = new Map<number, string>();

/**
 * `new Date(ms).toISOString()`, from two remembered halves: the date part per day and the time part per time of day.
 * An availability answer formats thousands of instants that fall on a few dozen days and, being slots and bookings,
 * on a few dozen times of day. Building a Date for each was once its largest cost; assembling the time from padded
 * numbers then was: eight concatenations leave a chain of string pieces per instant (~300 bytes), which
 * JSON.stringify must flatten, and a busy month (4,500 instants) cost ~3 ms and 1.4 MB of garbage. Two cached
 * halves are one concatenation.
 */
export function isoInstant(ms: number): string {
  const day = Math.floor(ms / dayMs);
  let date = dates.get(day);
  if (date === undefined) {
    date = new Date(day * dayMs).toISOString().slice(0, 11);
    // Years outside 0000–9999 have a longer, signed form; those are rare enough to format whole.
    if (!date.endsWith('T')) return new Date(ms).toISOString();
    if (dates.size >= cacheLimit) dates.clear();
    dates.set(day, date);
  }
  const time = ms - day * dayMs;
  let clock = clocks.get(time);
  if (clock === undefined) {
    clock = new Date(time).toISOString().slice(11);
    if (clocks.size >= cacheLimit) clocks.clear();
    clocks.set(time, clock);
  }
  return date + clock;
}
