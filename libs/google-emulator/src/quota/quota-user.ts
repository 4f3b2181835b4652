import { invalid } from '../errors/api-errors.ts';

const MAX_LENGTH = 40;

/**
 * The standard `quotaUser` parameter: "An opaque string that represents a user for quota purposes. Must not exceed
 * 40 characters." (reference §5.3). Google documents no message for a longer one; this is the emulator's.
 */
export function quotaUserOf(value: unknown): string | undefined {
  const text = Array.isArray(value) ? value.at(-1) : value;
  if (typeof text !== 'string' || text === '') return undefined;
  if (text.length > MAX_LENGTH)
    throw invalid(`Invalid value for quotaUser: longer than ${MAX_LENGTH} characters.`, 'quotaUser');
  return text;
}
