export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export type Weekday = (typeof weekdays)[number];

/** Local wall-clock times, "HH:MM"; `to` may be "24:00", and a `to` before `from` runs past midnight. */
export interface OpeningHours {
  from: string;
  to: string;
}

export type WeeklyHours = Partial<Record<Weekday, OpeningHours[]>>;
