import type { StoredEvent } from '../events/event.model.ts';
import { instanceId } from './instance-id.ts';
import type { Occurrence } from './series-expander.ts';

/** An instance that has no exception of its own: the series' content moved to the occurrence's times. */
export function materializeInstance(master: StoredEvent, occurrence: Occurrence): StoredEvent {
  const { recurrence: _dropped, ...content } = master.content;
  return {
    ...master,
    seq: master.instancesSeq ?? master.seq,
    id: instanceId(master.id, occurrence.originalStart),
    content: { ...content, start: occurrence.start, end: occurrence.end },
    recurringEventId: master.id,
    originalStart: occurrence.originalStart,
  };
}
