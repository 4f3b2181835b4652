import { DateTime } from 'luxon';
import { invalid } from '../errors/api-errors.ts';
import { toFloating } from './floating-time.ts';

const STAMP = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/;

/** Values of an RDATE/EXDATE line (`EXDATE;TZID=Europe/Zurich:20250325T100000,…`) as floating dates. */
export function parseDateList(params: string[], value: string, zone: string): Date[] {
  const tzid = params.find((p) => p.toUpperCase().startsWith('TZID='))?.slice(5);
  return value.split(',').map((stamp) => {
    const m = STAMP.exec(stamp.trim());
    if (m === null) throw invalid('Invalid recurrence rule.');
    const [y, mo, d, h = '00', mi = '00', s = '00', utc] = m.slice(1);
    const fields = { year: Number(y), month: Number(mo), day: Number(d), hour: Number(h), minute: Number(mi) };
    const wall = { ...fields, second: Number(s) };
    if (utc === 'Z') return toFloating(DateTime.fromObject(wall, { zone: 'UTC' }).toMillis(), zone);
    if (tzid !== undefined) return toFloating(DateTime.fromObject(wall, { zone: tzid }).toMillis(), zone);
    return new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second));
  });
}
