import type { ExtendedProperties } from './event.model.ts';

type RawMap = Record<string, string | null> | null | undefined;

// https://developers.google.com/workspace/calendar/api/guides/extended-properties: longer keys are silently
// dropped, longer values silently truncated.
const MAX_KEY = 44;
const MAX_VALUE = 1024;

function cleanMap(map: RawMap): Record<string, string> | undefined {
  if (map === null || map === undefined) return undefined;
  const entries = Object.entries(map)
    .filter((entry): entry is [string, string] => entry[1] !== null && entry[0].length <= MAX_KEY)
    .map(([key, value]) => [key, value.slice(0, MAX_VALUE)] as const);
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

export function cleanExtendedProperties(
  raw: { private?: RawMap; shared?: RawMap } | null | undefined,
): ExtendedProperties | undefined {
  const privateMap = cleanMap(raw?.private);
  const sharedMap = cleanMap(raw?.shared);
  if (privateMap === undefined && sharedMap === undefined) return undefined;
  return {
    ...(privateMap === undefined ? {} : { private: privateMap }),
    ...(sharedMap === undefined ? {} : { shared: sharedMap }),
  };
}
