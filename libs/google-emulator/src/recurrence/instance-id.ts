import type { EventTime } from '../events/event.model.ts';

const SUFFIX = /^(.+)_(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z)?$/;

/** `<recurringEventId>_20250325T130000Z` (timed, UTC) or `<recurringEventId>_20250325` (all-day), as Google. */
export function instanceId(masterId: string, originalStart: EventTime): string {
  if ('date' in originalStart) return `${masterId}_${originalStart.date.replaceAll('-', '')}`;
  const iso = new Date(originalStart.instant).toISOString();
  return `${masterId}_${iso.slice(0, 19).replaceAll('-', '').replaceAll(':', '')}Z`;
}

export interface ParsedInstanceId {
  masterId: string;
  originalStart: { date: string } | { instant: number };
}

export function parseInstanceId(id: string): ParsedInstanceId | undefined {
  const m = SUFFIX.exec(id);
  if (m === null) return undefined;
  const [masterId = '', y, mo, d, h, mi, s] = m.slice(1);
  if (h === undefined) return { masterId, originalStart: { date: `${y}-${mo}-${d}` } };
  return {
    masterId,
    originalStart: { instant: Date.UTC(Number(y), Number(mo) - 1, Number(d), +h, Number(mi), Number(s)) },
  };
}
