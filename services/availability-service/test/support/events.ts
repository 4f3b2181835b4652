import { randomUUID } from 'node:crypto';
import { type CalendarEventSnapshot, createEvent } from '@calbridge/contracts';

export const partnerId = randomUUID();
export const integrationId = randomUUID();

export function roomUpserted(roomId: string, timezone: string, options: { version?: number; partner?: string } = {}) {
  const partner = options.partner ?? partnerId;
  return createEvent('RoomUpserted', {
    source: 'booking-service',
    subject: roomId,
    partnerId: partner,
    data: { room: { id: roomId, partnerId: partner, name: `Room ${roomId}`, timezone, version: options.version ?? 1 } },
  });
}

/** EventChanged exactly as spec §3 defines it, as the connector would publish it. */
export function eventChanged(calendarId: string, roomIds: string[], event: CalendarEventSnapshot, partner = partnerId) {
  return createEvent('EventChanged', {
    source: 'calendar-connector',
    subject: event.id,
    partnerId: partner,
    data: { integrationId, calendarId, roomIds, event },
  });
}

let clock = Date.parse('2026-01-01T00:00:00Z');
/** A Google-like `updated` stamp that grows with each call, as edits in Google do. */
export function nextUpdated(): string {
  clock += 1_000;
  return new Date(clock).toISOString();
}

export function timedEvent(id: string, start: string, end: string, extra: Partial<CalendarEventSnapshot> = {}) {
  return {
    id,
    status: 'confirmed',
    allDay: false,
    start,
    end,
    transparency: 'opaque',
    updated: nextUpdated(),
    ...extra,
  } as CalendarEventSnapshot;
}

export function allDayEvent(
  id: string,
  startDate: string,
  endDate: string,
  extra: Partial<CalendarEventSnapshot> = {},
) {
  return {
    id,
    status: 'confirmed',
    allDay: true,
    startDate,
    endDate,
    transparency: 'transparent',
    updated: nextUpdated(),
    ...extra,
  } as CalendarEventSnapshot;
}

export const cancelled = (id: string): CalendarEventSnapshot => ({ id, status: 'cancelled', updated: nextUpdated() });

type BookingStatus = 'pending_payment' | 'confirmed' | 'cancelled';

export function booking(
  type: 'BookingCreated' | 'BookingUpdated' | 'BookingCancelled',
  snapshot: { id: string; roomId: string; start: string; end: string; version: number; status?: BookingStatus },
  partner = partnerId,
) {
  const status = type === 'BookingCancelled' ? 'cancelled' : (snapshot.status ?? 'confirmed');
  const data = {
    booking: {
      ...snapshot,
      partnerId: partner,
      status,
      paidOnline: false,
      name: 'Escape for four',
      customer: {},
    },
  };
  return createEvent(type, { source: 'booking-service', subject: snapshot.id, partnerId: partner, data } as never);
}
