import type { EmulatorDeps } from '../app/emulator-deps.ts';
import type { CalendarRecord } from '../calendars/calendar.model.ts';
import { nextEtag } from '../ids/etag-source.ts';
import type { EventContent, EventTime, StoredEvent } from './event.model.ts';

export interface NewEvent {
  id: string;
  content: EventContent;
  creator: string;
  recurringEventId?: string;
  originalStart?: EventTime;
  sequence?: number;
}

export function createStoredEvent(deps: EmulatorDeps, calendar: CalendarRecord, input: NewEvent): StoredEvent {
  const now = deps.clock.now();
  return {
    id: input.id,
    order: calendar.events.size,
    seq: 0,
    etag: nextEtag(deps.state.etags, deps.clock),
    created: now,
    updated: now,
    sequence: input.sequence ?? 0,
    creator: input.creator,
    organizer: calendar.id,
    content: input.content,
    ...(input.recurringEventId === undefined ? {} : { recurringEventId: input.recurringEventId }),
    ...(input.originalStart === undefined ? {} : { originalStart: input.originalStart }),
  };
}
