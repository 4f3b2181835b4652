import type { Language } from './language.ts';

/**
 * "Saturday, 14 March 2026, 18:00–19:30 (Europe/Warsaw)" in the reader's language, in the room's time zone, so the
 * time reads as it does on the room's door. The zone is named because a reader may be elsewhere.
 */
export function formatWhen(start: Date, end: Date, timeZone: string, language: Language): string {
  const date = new Intl.DateTimeFormat(language, { timeZone, dateStyle: 'full' });
  const time = new Intl.DateTimeFormat(language, { timeZone, timeStyle: 'short' });
  const sameDay = date.format(start) === date.format(end);
  const until = sameDay ? time.format(end) : `${date.format(end)}, ${time.format(end)}`;
  return `${date.format(start)}, ${time.format(start)}–${until} (${timeZone})`;
}

/** The day alone, for a subject line. */
export const formatDay = (at: Date, timeZone: string, language: Language): string =>
  new Intl.DateTimeFormat(language, { timeZone, dateStyle: 'medium' }).format(at);

/** An all-day span, its end exclusive: "Saturday, 5 December 2026", or "5 Dec 2026 – 7 Dec 2026" for several days. */
export function formatDays(start: Date, end: Date, timeZone: string, language: Language): string {
  const lastDay = new Date(end.getTime() - 1);
  const full = new Intl.DateTimeFormat(language, { timeZone, dateStyle: 'full' });
  if (full.format(start) === full.format(lastDay)) return `${full.format(start)} (${timeZone})`;
  const medium = new Intl.DateTimeFormat(language, { timeZone, dateStyle: 'medium' });
  return `${medium.format(start)} – ${medium.format(lastDay)} (${timeZone})`;
}

/** One instant with its day and time, in the room's time zone: "Dec 1, 2026, 9:00 AM (Europe/Warsaw)". */
export const formatAt = (at: Date, timeZone: string, language: Language): string =>
  `${new Intl.DateTimeFormat(language, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(at)} (${timeZone})`;
