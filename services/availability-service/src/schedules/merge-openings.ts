/** An opening as [opens, closes) in epoch milliseconds. */
export type Opening = [opens: number, closes: number];

/**
 * Overlapping openings as one, in order. A partner who enters 10:00–14:00 and 12:00–18:00 (or a night running into
 * the next day's hours) means "open 10:00–18:00": refusing it would reject what an editor easily produces, and
 * laying out each window on its own listed the shared hours twice. Slots then step from the merged opening.
 * Openings that only touch stay apart, so each keeps its own slot grid as before.
 */
export function mergeOverlapping(openings: Opening[]): Opening[] {
  const sorted = openings.toSorted((a, b) => a[0] - b[0]);
  const merged: Opening[] = [];
  for (const [opens, closes] of sorted) {
    const last = merged.at(-1);
    if (last && opens < last[1]) last[1] = Math.max(last[1], closes);
    else merged.push([opens, closes]);
  }
  return merged;
}
