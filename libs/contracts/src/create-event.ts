import { v7 as uuidv7 } from 'uuid';
import { eventRegistry } from './event-registry.ts';
import type { EventDataInputOf, EventOf, EventType } from './event-schemas.ts';
import { formatIssues } from './format-issues.ts';
import { InvalidEventError } from './invalid-event.error.ts';

export type CreateEventInput<Type extends EventType> = {
  source: string;
  subject: string;
  partnerId: string;
  data: EventDataInputOf<Type>;
  id?: string;
  time?: string;
};

export function createEvent<Type extends EventType>(type: Type, input: CreateEventInput<Type>): EventOf<Type> {
  const envelope = {
    specversion: '1.0',
    // Time-ordered (RFC 9562 v7): consumers' inbox indexes take new ids at the right edge instead of at random.
    id: input.id ?? uuidv7(),
    type,
    source: input.source,
    time: input.time ?? new Date().toISOString(),
    subject: input.subject,
    partnerid: input.partnerId,
    datacontenttype: 'application/json',
    data: input.data,
  };
  const result = eventRegistry[type].schema.safeParse(envelope);
  if (!result.success) throw new InvalidEventError(type, formatIssues(result.error.issues));
  // The registry lookup widens to all event types; the entry is the one for Type, so the narrowing is sound.
  return result.data as EventOf<Type>;
}
