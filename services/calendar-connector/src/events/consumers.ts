import type { EventHandlers } from '@calbridge/messaging';
import { serviceName } from '../service-name.ts';
import { onBookingCancelled } from './booking-cancelled.handler.ts';
import { onBookingCreated } from './booking-created.handler.ts';
import { onBookingUpdated } from './booking-updated.handler.ts';
import { onRoomUpserted } from './room-upserted.handler.ts';

/** The subscription table: one line per consumed event (spec §2) → its handler. */
export const subscriptions: { groupId: string; handlers: EventHandlers } = {
  groupId: serviceName,
  handlers: {
    RoomUpserted: onRoomUpserted,
    BookingCreated: onBookingCreated,
    BookingUpdated: onBookingUpdated,
    BookingCancelled: onBookingCancelled,
  },
};
