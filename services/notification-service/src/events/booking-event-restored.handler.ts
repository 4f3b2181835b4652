import { type EventHandler, refuse } from '@calbridge/messaging';
import { ownDb } from '../db/db.ts';
import { recordNotifications } from '../notifications/notification.repository.ts';
import { recipientsOf } from '../settings/partner-recipients.ts';
import { findSettings } from '../settings/settings.repository.ts';
import { foreignPartnerReason } from './event-partner.ts';

/**
 * Someone changed a booking's own event in Google and the connector wrote it back (spec §5 "Bookings → calendar"):
 * each channel the partner set is told, in the partner's language, so it changes the booking, not the event.
 */
export const onBookingEventRestored: EventHandler<'BookingEventRestored'> = async (trx, event) => {
  const db = ownDb(trx);
  const { data } = event;
  const foreign = foreignPartnerReason(event.partnerid, data.partnerId);
  if (foreign) return refuse(event, foreign);
  const settings = await findSettings(db, data.partnerId);
  if (!settings) return;
  const context = {
    integrationId: data.integrationId,
    roomId: data.roomId,
    bookingId: data.bookingId,
    calendarId: data.calendarId,
    calendarEventId: data.eventId,
    change: data.change,
    ...(data.fields ? { fields: data.fields } : {}),
    restoredAt: data.restoredAt,
    language: settings.language,
  };
  await recordNotifications(
    db,
    recipientsOf(settings).map(({ channel, recipient }) => ({
      partnerId: data.partnerId,
      eventId: event.id,
      trigger: 'booking_event_restored' as const,
      channel,
      recipient,
      context,
    })),
  );
};
