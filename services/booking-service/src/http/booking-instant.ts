import { instantField } from './field.schemas.ts';

const earliest = Date.parse('2000-01-01T00:00:00Z');
const yearsAhead = 10;

/**
 * When a booking may lie: from 2000 to ten years ahead. Google Calendar refuses events far outside the present
 * (year 0000 or 9999 fail when the connector writes them), so such a booking would be accepted here and then fail
 * to sync for good; it is refused at the edge instead, naming the field.
 */
export const bookingInstantField = instantField.refine(
  (value) => {
    const at = Date.parse(value);
    const latest = new Date();
    latest.setUTCFullYear(latest.getUTCFullYear() + yearsAhead);
    return at >= earliest && at <= latest.getTime();
  },
  { message: `Must lie between 2000-01-01 and ${yearsAhead} years from now` },
);
