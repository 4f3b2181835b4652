import type { EventHandlers } from '@calbridge/messaging';
import { onBlockApplied } from './block-applied.handler.ts';
import { onBookingCreated } from './booking-created.handler.ts';
import { onBookingEventRestored } from './booking-event-restored.handler.ts';
import { onBookingUpdated } from './booking-updated.handler.ts';
import { onConflictDetected } from './conflict-detected.handler.ts';
import { onIntegrationStatusChanged } from './integration-status-changed.handler.ts';
import { onRoomUpserted } from './room-upserted.handler.ts';

/**
 * The subscription table: one line per consumed event → its handler. The three triggers of spec §2 and the
 * connector's BookingEventRestored, and the room, booking and block snapshots whose names, times, time zones and
 * languages the messages show.
 */
export const subscriptions: { groupId: string; handlers: EventHandlers } = {
  groupId: 'notification-service',
  handlers: {
    RoomUpserted: onRoomUpserted,
    BookingCreated: onBookingCreated,
    BookingUpdated: onBookingUpdated,
    BlockApplied: onBlockApplied,
    ConflictDetected: onConflictDetected,
    IntegrationStatusChanged: onIntegrationStatusChanged,
    BookingEventRestored: onBookingEventRestored,
  },
};
