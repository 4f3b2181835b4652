import { type CalbridgeEvent, createEvent } from '@calbridge/contracts';
import { serviceName } from '../service-name.ts';
import type { Booking } from './booking.ts';

const envelope = (booking: Booking) => ({ source: serviceName, subject: booking.id, partnerId: booking.partnerId });

// Full snapshots, never diffs (spec §3); createEvent validates each against the contract before it is enqueued.
export const bookingCreated = (booking: Booking): CalbridgeEvent =>
  createEvent('BookingCreated', { ...envelope(booking), data: { booking } });

export const bookingUpdated = (booking: Booking, changed: string[]): CalbridgeEvent =>
  createEvent('BookingUpdated', { ...envelope(booking), data: { booking, changed } });

export const bookingCancelled = (booking: Booking & { status: 'cancelled' }): CalbridgeEvent =>
  createEvent('BookingCancelled', { ...envelope(booking), data: { booking } });
