import { z } from 'zod';

// Valid names are remembered: building an Intl.DateTimeFormat per check dominated event validation in profiles.
// Only valid names are cached, so the set stays bounded by the IANA database whatever input arrives.
const knownTimeZones = new Set<string>(Intl.supportedValuesOf('timeZone'));

// Offsets like "+02:00" are accepted by Intl but carry no daylight-saving rules, so only IANA names pass.
function isIanaTimeZone(value: string): boolean {
  if (knownTimeZones.has(value)) return true;
  if (!/^[A-Za-z]/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
  } catch {
    return false;
  }
  knownTimeZones.add(value);
  return true;
}

export const timeZoneSchema = z
  .string()
  .refine(isIanaTimeZone, { message: 'Invalid time zone: expected an IANA name such as Europe/Warsaw' })
  .describe('An IANA time zone name, e.g. Europe/Warsaw');
