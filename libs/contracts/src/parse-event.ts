import { eventRegistry } from './event-registry.ts';
import type { CalbridgeEvent, EventType } from './event-schemas.ts';
import { eventTypes } from './event-schemas.ts';
import { formatIssues } from './format-issues.ts';

export type ParseEventResult = { ok: true; event: CalbridgeEvent } | { ok: false; reason: string };

function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && Object.hasOwn(eventRegistry, value);
}

function describeType(type: unknown): string {
  if (type === undefined) return 'missing';
  return typeof type === 'string'
    ? `unknown event type ${JSON.stringify(type)}`
    : `expected a string, received ${typeof type}`;
}

// Never throws: a consumer turns `reason` into a dead-letter record instead of crashing on a poison message.
export function parseEvent(value: unknown): ParseEventResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: '(root): expected a CloudEvents JSON object' };
  }
  const type: unknown = (value as { type?: unknown }).type;
  if (!isEventType(type)) {
    return { ok: false, reason: `type: ${describeType(type)}, expected one of ${eventTypes.join(', ')}` };
  }
  const result = eventRegistry[type].schema.safeParse(value);
  if (!result.success) return { ok: false, reason: formatIssues(result.error.issues) };
  return { ok: true, event: result.data as CalbridgeEvent };
}
