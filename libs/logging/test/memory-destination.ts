import type { DestinationStream } from 'pino';

/** A pino destination that keeps each line, raw and parsed. */
export function memoryDestination() {
  const raw: string[] = [];
  const destination: DestinationStream = { write: (line) => void raw.push(line) };
  return { destination, raw, entries: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
