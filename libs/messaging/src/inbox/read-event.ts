import { type CalbridgeEvent, eventRegistry, parseEvent } from '@calbridge/contracts';
import type { IncomingMessage } from '../kafka/kafka-types.ts';

export type ReadEvent =
  | { kind: 'event'; event: CalbridgeEvent }
  | { kind: 'unknown'; type: string }
  | { kind: 'invalid'; type: string; reason: string };

/**
 * Spec §4 "Events": a type this build does not know is a newer producer's addition, not poison, so it is told apart
 * from an invalid message. Unknown fields pass anyway: the contracts' schemas are loose objects.
 */
export function readEvent(message: IncomingMessage): ReadEvent {
  if (!message.value || message.value.length === 0) return invalid('empty message value');
  let json: unknown;
  try {
    json = JSON.parse(message.value.toString('utf8'));
  } catch (error) {
    return invalid(`malformed JSON: ${(error as Error).message}`);
  }
  const type = (json as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && type.length > 0 && !Object.hasOwn(eventRegistry, type)) {
    return { kind: 'unknown', type };
  }
  const parsed = parseEvent(json);
  if (!parsed.ok) return invalid(parsed.reason, typeof type === 'string' ? type : undefined);
  return { kind: 'event', event: parsed.event };
}

function invalid(reason: string, type = '(none)'): ReadEvent {
  return { kind: 'invalid', type, reason };
}
