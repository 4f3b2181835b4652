import type { EventType } from '../src/index.ts';

export const envelopeFields = [
  'specversion',
  'id',
  'type',
  'source',
  'time',
  'subject',
  'partnerid',
  'datacontenttype',
  'data',
];

const bookingFields = [
  'id',
  'partnerId',
  'roomId',
  'start',
  'end',
  'status',
  'paidOnline',
  'name',
  'customer',
  'version',
];

const bookingPaths = ['data.booking', ...bookingFields.map((field) => `data.booking.${field}`)];

// The minimum fields of spec §3, as paths into the envelope; each must be reported by name when absent.
const dataPaths: { [Type in EventType]: string[] } = {
  RoomUpserted: ['data.room', 'data.room.id', 'data.room.partnerId', 'data.room.name', 'data.room.timezone'],
  BookingCreated: bookingPaths,
  BookingUpdated: bookingPaths,
  BookingCancelled: bookingPaths,
  EventChanged: [
    'data.integrationId',
    'data.calendarId',
    'data.roomIds',
    'data.event',
    'data.event.id',
    'data.event.status',
    'data.event.allDay',
    'data.event.transparency',
    'data.event.start',
    'data.event.end',
  ],
  BlockApplied: [
    ...['id', 'partnerId', 'roomId', 'start', 'end', 'allDay', 'source', 'version'].map(
      (field) => `data.block.${field}`,
    ),
    ...['integrationId', 'calendarId', 'eventId'].map((field) => `data.block.source.${field}`),
    'data.conflicts',
  ],
  BlockReleased: [
    'data.block',
    'data.block.id',
    'data.block.partnerId',
    'data.block.roomId',
    'data.block.version',
    'data.reason',
  ],
  ConflictDetected: ['data.partnerId', 'data.roomId', 'data.bookingId', 'data.blockId', 'data.eventId'],
  IntegrationStatusChanged: [
    'data.integration',
    'data.integration.id',
    'data.integration.partnerId',
    'data.integration.name',
    'data.integration.status',
  ],
  BookingEventRestored: [
    'data.integrationId',
    'data.partnerId',
    'data.roomId',
    'data.bookingId',
    'data.calendarId',
    'data.eventId',
    'data.change',
    'data.restoredAt',
  ],
};

export function requiredPaths(type: EventType): string[] {
  return [...envelopeFields, ...dataPaths[type]];
}

export function withoutPath(envelope: Record<string, unknown>, path: string): Record<string, unknown> {
  const keys = path.split('.');
  const last = keys.pop() as string;
  const parent = keys.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, envelope);
  delete parent[last];
  return envelope;
}
