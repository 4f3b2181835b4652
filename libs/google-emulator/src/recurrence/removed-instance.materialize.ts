import type { RemovedInstance, StoredEvent } from '../events/event.model.ts';

/**
 * A removed instance as an expanded list shows it: cancelled, with its id, recurringEventId and originalStartTime
 * (reference §1.4, cancelled instance), stamped with the change that removed it.
 */
export function materializeRemovedInstance(master: StoredEvent, removed: RemovedInstance): StoredEvent {
  const { recurrence: _dropped, ...content } = master.content;
  const { removedInstances: _ledger, instancesSeq: _series, ...event } = master;
  return {
    ...event,
    id: removed.id,
    seq: removed.seq,
    etag: removed.etag,
    content: { ...content, status: 'cancelled', start: removed.originalStart, end: removed.end },
    recurringEventId: master.id,
    originalStart: removed.originalStart,
  };
}
