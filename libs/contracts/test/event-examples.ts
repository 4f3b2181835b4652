import type { EventDataInputOf, EventType } from '../src/index.ts';

export const partnerId = '7d9f5a52-3c1e-4b8e-9a43-0c6f1f2b9e10';
export const roomId = '3b0f2a4c-8d1e-4f5a-9b6c-7d8e9f0a1b2c';

const booking = {
  id: 'a1c2e3f4-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
  partnerId,
  roomId,
  start: '2026-12-05T18:00:00+01:00',
  end: '2026-12-05T19:00:00+01:00',
  status: 'confirmed',
  paidOnline: true,
  name: 'Escape for Ann',
  customer: { email: 'ann@example.com', phone: '+48 600 000 000' },
  price: { amount: 24900, currency: 'PLN' },
  participants: 4,
  language: 'pl',
  notes: 'birthday',
  externalRef: 'LM-42',
  version: 1,
} as const;

// One valid `data` per event type, as a publisher would send it.
export const exampleData: { [Type in EventType]: EventDataInputOf<Type> } = {
  RoomUpserted: { room: { id: roomId, partnerId, name: 'The Vault', timezone: 'Europe/Warsaw' } },
  BookingCreated: { booking },
  BookingUpdated: { booking: { ...booking, version: 2, notes: 'surprise' }, changed: ['notes'] },
  BookingCancelled: { booking: { ...booking, status: 'cancelled', version: 3 } },
  EventChanged: {
    integrationId: 'c9d8e7f6-a5b4-4c3d-9e2f-1a0b9c8d7e6f',
    calendarId: 'vault@group.calendar.google.com',
    roomIds: [roomId],
    event: {
      id: 'evt1',
      status: 'confirmed',
      summary: 'Maintenance',
      allDay: false,
      start: '2026-12-06T10:00:00+01:00',
      end: '2026-12-06T12:00:00+01:00',
      timeZone: 'Europe/Warsaw',
      colorId: '11',
      transparency: 'opaque',
      updated: '2026-11-30T09:15:00.000Z',
      etag: '"3181161784712000"',
    },
  },
  BlockApplied: {
    block: {
      id: 'e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9',
      partnerId,
      roomId,
      start: '2026-12-06T09:00:00Z',
      end: '2026-12-06T11:00:00Z',
      allDay: false,
      source: {
        integrationId: 'c9d8e7f6-a5b4-4c3d-9e2f-1a0b9c8d7e6f',
        calendarId: 'vault@group.calendar.google.com',
        eventId: 'evt1',
      },
      version: 1,
    },
    conflicts: ['a1c2e3f4-5b6d-4e7f-8a9b-0c1d2e3f4a5b'],
  },
  BlockReleased: {
    block: { id: 'e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9', partnerId, roomId, version: 2 },
    reason: 'event_deleted',
  },
  ConflictDetected: {
    partnerId,
    roomId,
    bookingId: 'a1c2e3f4-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
    blockId: 'e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9',
    eventId: 'evt1',
  },
  IntegrationStatusChanged: {
    integration: {
      id: 'c9d8e7f6-a5b4-4c3d-9e2f-1a0b9c8d7e6f',
      partnerId,
      name: 'Vault calendar',
      status: 'needs_reauth',
      reason: 'invalid_grant',
    },
  },
  BookingEventRestored: {
    integrationId: 'c9d8e7f6-a5b4-4c3d-9e2f-1a0b9c8d7e6f',
    partnerId,
    roomId,
    bookingId: 'a1c2e3f4-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
    calendarId: 'vault@group.calendar.google.com',
    eventId: 'cb0a1c2e3f45b6d4e7f8a9b0c1d2e3f4a5b',
    change: 'edited',
    fields: ['start', 'end', 'summary'],
    restoredAt: '2026-12-01T08:00:05Z',
  },
};

export function exampleEnvelope(type: EventType, data: unknown = exampleData[type]): Record<string, unknown> {
  return {
    specversion: '1.0',
    id: '0b6c2c8e-52f4-4d1e-8f0a-8e6d2d7f4a11',
    type,
    source: 'test-publisher',
    time: '2026-12-01T08:00:00Z',
    subject: 'aggregate-1',
    partnerid: partnerId,
    datacontenttype: 'application/json',
    data: structuredClone(data),
  };
}
