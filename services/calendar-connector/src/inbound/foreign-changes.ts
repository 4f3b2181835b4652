import { createHash } from 'node:crypto';
import type { CalendarEventSnapshot } from '@calbridge/contracts';
import type { calendar_v3 } from '@googleapis/calendar';
import { eventSnapshot, startOf } from './foreign-event.ts';

/** An event availability was told about, as it was told. */
export interface PublishedEvent {
  eventId: string;
  recurringEventId: string | null;
  snapshot: CalendarEventSnapshot;
  hash: string;
}

export interface ForeignChanges {
  /** Snapshots to publish as EventChanged (to `roomIds`), in Google's order. */
  publish: CalendarEventSnapshot[];
  /** What is now published, to remember. */
  remember: PublishedEvent[];
  /** Event ids availability now holds nothing for. */
  forget: string[];
}

/**
 * The hash of what availability is told: the same event to the same rooms is the same message. Google's version
 * marks (etag, updated) are left out: an instance whose series was touched elsewhere blocks exactly as before.
 */
export function publishedHash(snapshot: CalendarEventSnapshot, roomIds: string[]): string {
  const { etag: _etag, updated: _updated, ...content } = snapshot;
  return createHash('sha256')
    .update(JSON.stringify([[...roomIds].sort(), content]))
    .digest('base64url');
}

/**
 * Which of someone else's events availability must hear about: new or changed ones (within the horizon, unless it
 * already knew them), cancelled ones it knew (and, for a cancelled series, every instance of it it knew), and after a
 * full sync, every event it knew that Google no longer lists. Nothing it already knows as it is: a repeated or
 * duplicated sync publishes nothing.
 */
export function foreignChanges(
  items: calendar_v3.Schema$Event[],
  known: Map<string, PublishedEvent>,
  roomIds: string[],
  { full, horizonEnd }: { full: boolean; horizonEnd: Date },
): ForeignChanges {
  const changes: ForeignChanges = { publish: [], remember: [], forget: [] };
  const seen = new Set<string>();
  const cancel = (event: PublishedEvent) => {
    if (seen.has(event.eventId)) return;
    seen.add(event.eventId);
    const series = event.recurringEventId ? { recurringEventId: event.recurringEventId } : {};
    changes.publish.push({ id: event.eventId, status: 'cancelled', ...series });
    changes.forget.push(event.eventId);
  };
  for (const item of items) {
    const snapshot = eventSnapshot(item);
    if (!snapshot || seen.has(snapshot.id)) continue;
    const held = known.get(snapshot.id);
    if (snapshot.status === 'cancelled') {
      if (held) cancel(held);
      // A whole series deleted: its instances are what availability knows.
      for (const instance of known.values()) if (instance.recurringEventId === snapshot.id) cancel(instance);
      seen.add(snapshot.id);
      continue;
    }
    seen.add(snapshot.id);
    const start = startOf(snapshot);
    if (!held && start && start > horizonEnd) continue;
    const hash = publishedHash(snapshot, roomIds);
    if (held?.hash === hash) continue;
    changes.publish.push(snapshot);
    changes.remember.push({
      eventId: snapshot.id,
      recurringEventId: snapshot.recurringEventId ?? null,
      snapshot,
      hash,
    });
  }
  if (full) for (const held of known.values()) if (!seen.has(held.eventId)) cancel(held);
  return changes;
}
