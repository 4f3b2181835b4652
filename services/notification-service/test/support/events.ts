import { randomUUID } from 'node:crypto';
import { createEvent } from '@calbridge/contracts';

/** Events as booking-service, availability-service and the connector publish them, built through the contracts. */
export function roomUpserted(partnerId: string, room: { id: string; name: string; timezone: string }) {
  return createEvent('RoomUpserted', {
    source: 'booking-service',
    subject: room.id,
    partnerId,
    data: { room: { ...room, partnerId, version: 1 } },
  });
}

export interface BookingFacts {
  id?: string;
  roomId: string;
  start: string;
  end: string;
  email?: string;
  language?: string;
  status?: 'confirmed' | 'pending_payment';
  externalRef?: string;
}

export function bookingCreated(partnerId: string, facts: BookingFacts) {
  const id = facts.id ?? randomUUID();
  return createEvent('BookingCreated', {
    source: 'booking-service',
    subject: id,
    partnerId,
    data: {
      booking: {
        id,
        partnerId,
        roomId: facts.roomId,
        start: facts.start,
        end: facts.end,
        status: facts.status ?? 'confirmed',
        paidOnline: true,
        name: 'Escape for Ann',
        customer: { ...(facts.email ? { email: facts.email } : {}), phone: '+48 600 000 000' },
        notes: 'birthday surprise',
        ...(facts.language ? { language: facts.language } : {}),
        ...(facts.externalRef ? { externalRef: facts.externalRef } : {}),
        version: 1,
      },
    },
  });
}

export function blockApplied(
  partnerId: string,
  block: { roomId: string; bookingId: string; eventId: string; start: string; end: string; allDay?: boolean },
) {
  const id = randomUUID();
  return createEvent('BlockApplied', {
    source: 'availability-service',
    subject: block.roomId,
    partnerId,
    data: {
      block: {
        id,
        partnerId,
        roomId: block.roomId,
        start: block.start,
        end: block.end,
        allDay: block.allDay ?? false,
        source: { integrationId: randomUUID(), calendarId: 'vault@group.calendar.google.com', eventId: block.eventId },
        version: 1,
      },
      conflicts: [block.bookingId],
    },
  });
}

export function conflictDetected(
  partnerId: string,
  ids: { roomId: string; bookingId: string; eventId?: string; blockId?: string },
) {
  return createEvent('ConflictDetected', {
    source: 'availability-service',
    subject: ids.roomId,
    partnerId,
    data: {
      partnerId,
      roomId: ids.roomId,
      bookingId: ids.bookingId,
      blockId: ids.blockId ?? randomUUID(),
      eventId: ids.eventId ?? 'evt_maintenance_1',
    },
  });
}

export function integrationStatusChanged(
  partnerId: string,
  integration: {
    id?: string;
    name?: string;
    status: 'needs_reauth' | 'error' | 'active' | 'inactive';
    reason?: string;
  },
) {
  const id = integration.id ?? randomUUID();
  return createEvent('IntegrationStatusChanged', {
    source: 'calendar-connector',
    subject: id,
    partnerId,
    data: {
      integration: {
        id,
        partnerId,
        name: integration.name ?? 'Vault calendar',
        status: integration.status,
        ...(integration.reason ? { reason: integration.reason } : {}),
      },
    },
  });
}

export function bookingEventRestored(
  partnerId: string,
  restore: {
    roomId: string;
    bookingId: string;
    change: 'deleted' | 'edited';
    fields?: ('summary' | 'description' | 'location' | 'start' | 'end' | 'status' | 'colorId' | 'transparency')[];
    restoredAt?: string;
  },
) {
  const integrationId = randomUUID();
  return createEvent('BookingEventRestored', {
    source: 'calendar-connector',
    subject: restore.bookingId,
    partnerId,
    data: {
      integrationId,
      partnerId,
      roomId: restore.roomId,
      bookingId: restore.bookingId,
      calendarId: 'vault@group.calendar.google.com',
      eventId: `cb${restore.bookingId.replaceAll('-', '')}`,
      change: restore.change,
      ...(restore.fields ? { fields: restore.fields } : {}),
      restoredAt: restore.restoredAt ?? '2026-12-01T08:00:05Z',
    },
  });
}
