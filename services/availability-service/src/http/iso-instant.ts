const dayMs = 86_400_000;
const dates = new Map<number, string>();
const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * `new Date(ms).toISOString()`, but with the date part remembered per day: an availability answer formats thousands
 * of instants that fall on a few dozen days, and building a Date for each was its largest cost in profiles.
 */
export function isoInstant(ms: number): string {
  const day = Math.floor(ms / dayMs);
  let date = dates.get(day);
  if (date === undefined) {
    date = new Date(day * dayMs).toISOString().slice(0, 11);
    // Years outside 0000–9999 have a longer, signed form; those are rare enough to format whole.
    if (!date.endsWith('T')) return new Date(ms).toISOString();
    if (dates.size >= 50_000) dates.clear();
    dates.set(day, date);
  }
  const time = ms - day * dayMs;
  const [hours, minutes, seconds] = [
    Math.floor(time / 3_600_000),
    Math.floor(time / 60_000) % 60,
    Math.floor(time / 1000) % 60,
  ];
  return `${date}${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(time % 1000, 3)}Z`;
}
