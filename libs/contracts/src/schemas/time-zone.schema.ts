import { z } from 'zod';

// Offsets like "+02:00" are accepted by Intl but carry no daylight-saving rules, so only IANA names pass.
function isIanaTimeZone(value: string): boolean {
  if (!/^[A-Za-z]/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .refine(isIanaTimeZone, { message: 'Invalid time zone: expected an IANA name such as Europe/Warsaw' })
  .describe('An IANA time zone name, e.g. Europe/Warsaw');
