import { type EventType, eventRegistry } from '@calbridge/contracts';
import type { EventHandlers } from '@calbridge/messaging';

/** The topics that carry the handled event types. */
export function subscribedTopics(handlers: EventHandlers): string[] {
  const types = Object.keys(handlers) as EventType[];
  return [...new Set(types.map((type) => eventRegistry[type].topic))];
}
