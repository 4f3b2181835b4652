import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { bookingCreated, bookingEventRestored, roomUpserted } from './support/events.ts';
import { type NotificationService, startNotificationService } from './support/notification-fixture.ts';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.ts';
import { startWebhookReceiver, verifySignature, type WebhookReceiver } from './support/webhook-receiver.ts';

let sink: SmtpSink;
let service: NotificationService;
const receivers: WebhookReceiver[] = [];

beforeAll(async () => {
  sink = await startSmtpSink();
  service = await startNotificationService(sink.url);
});

afterEach(async () => {
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
});

afterAll(async () => {
  await service?.close();
  await sink?.close();
});

/** A partner with e-mail on, a room in Warsaw and a booking there on 5 December 2026, 18:00–19:30 local time. */
async function partnerWithBooking(settings: object = {}) {
  const partnerId = randomUUID();
  const roomId = randomUUID();
  const email = `ops-${partnerId.slice(0, 8)}@partner.example`;
  const saved = await service.api(partnerId).putSettings({ email, ...settings });
  expect(saved.statusCode).toBe(200);
  const booking = bookingCreated(partnerId, {
    roomId,
    start: '2026-12-05T17:00:00Z',
    end: '2026-12-05T18:30:00Z',
    externalRef: 'LM-42',
    email: 'ann@example.com',
  });
  await service.deliver(roomUpserted(partnerId, { id: roomId, name: 'The Vault', timezone: 'Europe/Warsaw' }), booking);
  return { partnerId, roomId, email, bookingId: booking.data.booking.id, secret: saved.json().webhookSecret as string };
}

describe('BookingEventRestored by e-mail', () => {
  test('when an edited event was restored and the event arrives three times, then a Polish partner gets one e-mail in Polish naming the booking, its time and what changed', async () => {
    const { partnerId, roomId, email, bookingId } = await partnerWithBooking({ language: 'pl' });
    const restored = bookingEventRestored(partnerId, { roomId, bookingId, change: 'edited', fields: ['start', 'end'] });

    await service.deliver(restored, restored, restored);
    const [item] = await service.settledLog(partnerId, 1);

    const [mail, ...more] = sink.to(email);
    expect(more).toHaveLength(0);
    expect(item).toMatchObject({ trigger: 'booking_event_restored', channel: 'email', status: 'sent', attempts: 1 });
    expect(mail?.subject).toBe('Przywrócono wydarzenie w Kalendarzu Google: rezerwacja LM-42, The Vault');
    // 17:00Z is 18:00 in Warsaw in December; restoredAt 08:00:05Z is 09:00.
    expect(mail?.text).toContain(
      `Wydarzenie w Kalendarzu Google dla rezerwacji ${bookingId} (Twój numer LM-42) w pokoju The Vault, sobota, 5 grudnia 2026, 18:00–19:30 (Europe/Warsaw), zostało zmienione w Kalendarzu Google (zmienione: początek, koniec).`,
    );
    expect(mail?.text).toContain('calbridge przywrócił je na podstawie rezerwacji: 1 gru 2026, 09:00 (Europe/Warsaw).');
    expect(mail?.text).toContain('Aby zmienić tę rezerwację, zmień ją w systemie rezerwacji');
    expect(mail?.text).toContain(`Kalendarz: vault@group.calendar.google.com, wydarzenie: ${restored.data.eventId}.`);
    expect(mail?.html).toContain('<p>Wydarzenie w Kalendarzu Google dla rezerwacji');
    expect(mail?.headers.get('content-language')).toBe('pl');
    expect(mail?.messageId).toBe(`<${item?.id}@notifications.calbridge>`);
    expect(mail?.text).not.toMatch(/ann@example\.com|600 000|birthday/);
  });

  test('when a deleted event was restored for a partner that chose no language, then the e-mail is in English', async () => {
    const { partnerId, roomId, email, bookingId } = await partnerWithBooking();

    await service.deliver(bookingEventRestored(partnerId, { roomId, bookingId, change: 'deleted' }));
    await service.settledLog(partnerId, 1);

    const [mail, ...more] = sink.to(email);
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe('Google Calendar event restored: booking LM-42 in The Vault');
    expect(mail?.text).toContain(
      `The Google Calendar event of booking ${bookingId} (your reference LM-42) in room The Vault on Saturday, December 5, 2026, 6:00 PM–7:30 PM (Europe/Warsaw) was deleted in Google Calendar.`,
    );
    expect(mail?.text).toContain('On Dec 1, 2026, 9:00 AM (Europe/Warsaw), calbridge restored it from the booking.');
    expect(mail?.text).toContain('To change this booking, change it in the booking system');
    expect(mail?.headers.get('content-language')).toBe('en');
  });

  test('when a German partner’s event was edited, then the e-mail is in German with the fields as Google names them', async () => {
    const { partnerId, roomId, email, bookingId } = await partnerWithBooking({ language: 'de' });

    await service.deliver(
      bookingEventRestored(partnerId, { roomId, bookingId, change: 'edited', fields: ['summary', 'colorId'] }),
    );
    await service.settledLog(partnerId, 1);

    const [mail] = sink.to(email);
    expect(mail?.subject).toBe('Google-Kalender-Termin wiederhergestellt: Buchung LM-42, The Vault');
    expect(mail?.text).toContain(
      `Der Google-Kalender-Termin der Buchung ${bookingId} (Ihre Referenz LM-42) im Raum The Vault am Samstag, 5. Dezember 2026, 18:00–19:30 (Europe/Warsaw) wurde im Google Kalender geändert (geändert: Titel, Farbe).`,
    );
    expect(mail?.text).toContain(
      'Am 01.12.2026, 09:00 (Europe/Warsaw) hat calbridge ihn aus der Buchung wiederhergestellt.',
    );
  });

  test('when the event names another partner than its envelope, then it is dead-lettered and nothing is sent', async () => {
    const { partnerId, roomId, bookingId } = await partnerWithBooking();
    const forged = bookingEventRestored(partnerId, { roomId, bookingId, change: 'deleted' });
    forged.data.partnerId = randomUUID();

    await service.deliver(forged);

    expect((await service.api(partnerId).notifications()).json().items).toEqual([]);
    const metrics = (await service.app.inject({ url: '/metrics' })).body;
    expect(metrics).toMatch(
      /^messaging_consumed_events_total\{[^}]*type="BookingEventRestored",outcome="dead_lettered"\} 1$/m,
    );
  });
});

describe('BookingEventRestored by webhook', () => {
  test('when a restore is notified twice over, then the receiver gets one signed POST in the shape of every notification', async () => {
    const receiver = await startWebhookReceiver();
    receivers.push(receiver);
    const { partnerId, roomId, email, bookingId, secret } = await partnerWithBooking({ webhookUrl: receiver.url });
    const restored = bookingEventRestored(partnerId, { roomId, bookingId, change: 'edited', fields: ['start'] });

    await service.deliver(restored, restored);
    const items = await service.settledLog(partnerId, 2);

    const hook = items.find((item) => item.channel === 'webhook');
    expect(receiver.requests).toHaveLength(1);
    expect(sink.to(email)).toHaveLength(1);
    const [request] = receiver.requests;
    expect(verifySignature(request?.headers['calbridge-signature'] as string, request?.body ?? '', secret)).toBe(true);
    expect(request?.headers['calbridge-delivery']).toBe(hook?.id);
    expect(request?.headers['calbridge-event']).toBe('booking_event_restored');
    expect(JSON.parse(request?.body ?? '')).toMatchObject({
      id: hook?.id,
      type: 'booking_event_restored',
      partnerId,
      data: {
        integrationId: restored.data.integrationId,
        roomId,
        roomName: 'The Vault',
        timezone: 'Europe/Warsaw',
        bookingId,
        bookingStart: '2026-12-05T17:00:00.000Z',
        bookingEnd: '2026-12-05T18:30:00.000Z',
        externalRef: 'LM-42',
        calendarId: 'vault@group.calendar.google.com',
        calendarEventId: restored.data.eventId,
        change: 'edited',
        fields: ['start'],
        restoredAt: '2026-12-01T08:00:05.000Z',
      },
      message: { subject: 'Google Calendar event restored: booking LM-42 in The Vault' },
    });
    const metrics = (await service.app.inject({ url: '/metrics' })).body;
    expect(metrics).toMatch(
      /^messaging_consumed_events_total\{[^}]*type="BookingEventRestored",outcome="handled"\} [1-9]/m,
    );
    expect(metrics).toMatch(
      /^messaging_consumed_events_total\{[^}]*type="BookingEventRestored",outcome="duplicate"\} [1-9]/m,
    );
  });
});
