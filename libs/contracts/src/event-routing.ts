import { eventRegistry } from './event-registry.ts';
import type { CalbridgeEvent, EventDataOf, EventType } from './event-schemas.ts';
import type { Topic } from './topics.ts';

export function topicOf(event: CalbridgeEvent): Topic {
  return eventRegistry[event.type].topic;
}

export function keyOf(event: CalbridgeEvent): string {
  return keyFor(event.type, event.data);
}

function keyFor<Type extends EventType>(type: Type, data: EventDataOf<Type>): string {
  return eventRegistry[type].key(data);
}
