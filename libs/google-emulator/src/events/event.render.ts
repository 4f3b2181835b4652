import type { CalendarRecord } from '../calendars/calendar.model.ts';
import type { StoredEvent } from './event.model.ts';
import { freeBusyView } from './event-free-busy.render.ts';
import { renderEventTime } from './event-time.render.ts';
import { htmlLinkOf } from './html-link.ts';

export interface RenderContext {
  calendar: CalendarRecord;
  /** Zone `dateTime` values are rendered in: the `timeZone` parameter or the calendar's. */
  zone: string;
  /** The reader may see only free/busy: every detail is left out. */
  freeBusy?: boolean;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** A full event in Google's field order; default-valued fields are absent because they are never stored. */
export function renderEvent(event: StoredEvent, ctx: RenderContext): Record<string, unknown> {
  const c = event.content;
  if (ctx.freeBusy) return freeBusyView(event, ctx.zone);
  const organizerIsCalendar = event.organizer === ctx.calendar.id;
  return {
    kind: 'calendar#event',
    etag: event.etag,
    id: event.id,
    status: c.status,
    htmlLink: htmlLinkOf(event.id, ctx.calendar.id),
    created: iso(event.created),
    updated: iso(event.updated),
    summary: c.summary,
    description: c.description,
    location: c.location,
    colorId: c.colorId,
    creator: { email: event.creator, ...(event.creator === ctx.calendar.id ? { self: true } : {}) },
    organizer: {
      email: event.organizer,
      ...(organizerIsCalendar && !ctx.calendar.primary ? { displayName: ctx.calendar.summary } : {}),
      ...(organizerIsCalendar ? { self: true } : {}),
    },
    start: renderEventTime(c.start, ctx.zone),
    end: renderEventTime(c.end, ctx.zone),
    recurrence: c.recurrence,
    recurringEventId: event.recurringEventId,
    originalStartTime: event.originalStart === undefined ? undefined : renderEventTime(event.originalStart, ctx.zone),
    transparency: c.transparency,
    visibility: c.visibility,
    iCalUID: c.iCalUID ?? `${event.recurringEventId ?? event.id}@google.com`,
    sequence: event.sequence,
    attendees: c.attendees,
    guestsCanInviteOthers: c.guestsCanInviteOthers,
    guestsCanModify: c.guestsCanModify,
    guestsCanSeeOtherGuests: c.guestsCanSeeOtherGuests,
    anyoneCanAddSelf: c.anyoneCanAddSelf,
    extendedProperties: c.extendedProperties,
    reminders: c.reminders ?? { useDefault: true },
    source: c.source,
    eventType: c.eventType,
  };
}

/**
 * What incremental sync reports for a cancelled entry (reference §1.4): deleted events carry only the id, cancelled
 * instances add recurringEventId and originalStartTime, instances cut off by trimming a series carry the id only.
 */
export function renderCancelledStub(event: StoredEvent, ctx: RenderContext): Record<string, unknown> {
  const stub: Record<string, unknown> = { kind: 'calendar#event', etag: event.etag, id: event.id, status: 'cancelled' };
  if (ctx.freeBusy) return stub;
  if (event.recurringEventId !== undefined && event.originalStart !== undefined && event.trimmed !== true) {
    stub.recurringEventId = event.recurringEventId;
    stub.originalStartTime = renderEventTime(event.originalStart, ctx.zone);
  }
  return stub;
}
