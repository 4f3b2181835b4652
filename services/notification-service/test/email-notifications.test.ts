import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  blockApplied,
  bookingCreated,
  conflictDetected,
  integrationStatusChanged,
  roomUpserted,
} from './support/events.ts';
import { type NotificationService, startNotificationService, startReplica } from './support/notification-fixture.ts';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.ts';

let sink: SmtpSink;
let service: NotificationService;

beforeAll(async () => {
  sink = await startSmtpSink({ refused: ['gone@example.com'] });
  service = await startNotificationService(sink.url, { PARTNER_APP_URL: 'https://partners.example.com/app' });
});

afterAll(async () => {
  await service?.close();
  await sink?.close();
});

/** A partner with a room in Warsaw and e-mail notifications on. */
async function partnerWithRoom(settings: object = {}) {
  const partnerId = randomUUID();
  const roomId = randomUUID();
  const email = `ops-${partnerId.slice(0, 8)}@partner.example`;
  const saved = await service.api(partnerId).putSettings({ email, ...settings });
  expect(saved.statusCode).toBe(200);
  await service.deliver(roomUpserted(partnerId, { id: roomId, name: 'The Vault', timezone: 'Europe/Warsaw' }));
  return { partnerId, roomId, email };
}

describe('partner e-mail', () => {
  test('when a ConflictDetected is delivered three times, then the partner gets one e-mail naming the booking, room, time and event', async () => {
    const { partnerId, roomId, email } = await partnerWithRoom();
    const booking = bookingCreated(partnerId, {
      roomId,
      start: '2026-12-05T17:00:00Z',
      end: '2026-12-05T18:30:00Z',
      externalRef: 'LM-42',
      email: 'ann@example.com',
    });
    const block = blockApplied(partnerId, {
      roomId,
      bookingId: booking.data.booking.id,
      eventId: 'evt_fix_door',
      start: '2026-12-05T16:30:00Z',
      end: '2026-12-05T19:00:00Z',
    });
    await service.deliver(booking, block);
    const conflict = conflictDetected(partnerId, {
      roomId,
      bookingId: booking.data.booking.id,
      eventId: 'evt_fix_door',
      blockId: block.data.block.id,
    });

    await service.deliver(conflict, conflict, conflict);
    const [item] = await service.settledLog(partnerId, 1);

    const mails = sink.to(email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.subject).toBe(`Calendar conflict: booking ${booking.data.booking.id} in The Vault`);
    // 17:00Z is 18:00 in Warsaw in December.
    expect(mail?.text).toContain(
      `A Google Calendar event now covers booking ${booking.data.booking.id} (your reference LM-42) in room The Vault on Saturday, December 5, 2026, 6:00 PM–7:30 PM (Europe/Warsaw).`,
    );
    expect(mail?.text).toContain(
      `Calendar event: evt_fix_door, Saturday, December 5, 2026, 5:30 PM–8:00 PM (Europe/Warsaw) (calbridge block ${block.data.block.id}).`,
    );
    expect(mail?.text).toContain(`DELETE /v1/rooms/${roomId}/blocks/`);
    expect(mail?.html).toContain('<p>A Google Calendar event now covers booking');
    // Only what the trigger needs: the customer's contact and notes stay out of the partner's message.
    expect(mail?.text).not.toMatch(/ann@example\.com|600 000|birthday/);
    expect(mail?.messageId).toBe(`<${item?.id}@notifications.calbridge>`);
    expect(item).toMatchObject({
      trigger: 'conflict_detected',
      channel: 'email',
      recipient: email,
      status: 'sent',
      attempts: 1,
    });
    expect(item?.sentAt).toBeDefined();
  });

  test('when an integration needs re-authorization, then the partner gets the reason and the reconnect link, once', async () => {
    const { partnerId, email } = await partnerWithRoom();
    const integrationId = randomUUID();
    const revoked = integrationStatusChanged(partnerId, {
      id: integrationId,
      name: 'Vault calendar',
      status: 'needs_reauth',
      reason: 'google_authorization_revoked',
    });

    await service.deliver(revoked, revoked, revoked);
    await service.settledLog(partnerId, 1);

    const [mail, ...more] = sink.to(email);
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe('Reconnect Google Calendar: Vault calendar');
    expect(mail?.text).toContain('Reason: Google access was revoked or has expired (google_authorization_revoked).');
    const link = `https://partners.example.com/app/integrations/${integrationId}/reconnect`;
    expect(mail?.text).toContain(`Reconnect: ${link}`);
    expect(mail?.html).toContain(`<a href="${link}">Reconnect</a>`);
  });

  test('when an integration reports an error, then the partner reads the connector’s reason as given; other statuses send nothing', async () => {
    const { partnerId, email } = await partnerWithRoom();
    const reason = 'Google refused booking 5b1e after 10 attempts: 403 forbidden';
    await service.deliver(
      integrationStatusChanged(partnerId, { status: 'error', reason }),
      integrationStatusChanged(partnerId, { status: 'inactive', reason: 'deactivated' }),
      integrationStatusChanged(partnerId, { status: 'active' }),
    );
    const [item] = await service.settledLog(partnerId, 1);

    expect(item?.trigger).toBe('integration_error');
    const [mail, ...more] = sink.to(email);
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe('Google Calendar integration needs attention: Vault calendar');
    expect(mail?.text).toContain(`Reason: ${reason}`);
  });

  test('when the partner has no settings, then nothing is sent and nothing is logged', async () => {
    const partnerId = randomUUID();
    await service.deliver(
      integrationStatusChanged(partnerId, { status: 'needs_reauth', reason: 'missing_scopes: calendar' }),
    );
    expect((await service.api(partnerId).notifications()).json().items).toEqual([]);
  });
});

describe('customer confirmation', () => {
  test('when the partner enabled confirmations, then the customer gets one in the booking’s language and the room’s time zone', async () => {
    const { partnerId, roomId } = await partnerWithRoom({ customerConfirmations: true });
    const polish = bookingCreated(partnerId, {
      roomId,
      start: '2026-07-04T16:00:00Z',
      end: '2026-07-04T17:00:00Z',
      email: 'ola@example.pl',
      language: 'pl-PL',
      externalRef: 'LM-77',
    });

    await service.deliver(polish, polish, polish);
    const [item] = await service.settledLog(partnerId, 1);

    const [mail, ...more] = sink.to('ola@example.pl');
    expect(more).toHaveLength(0);
    expect(item).toMatchObject({
      trigger: 'booking_confirmation',
      channel: 'email',
      recipient: 'ola@example.pl',
      status: 'sent',
    });
    // 16:00Z is 18:00 in Warsaw in July (summer time).
    expect(mail?.subject).toBe('Potwierdzenie rezerwacji: The Vault, 4 lip 2026');
    expect(mail?.text).toContain('Dziękujemy za rezerwację.');
    expect(mail?.text).toContain('Termin: sobota, 4 lipca 2026, 18:00–19:00 (Europe/Warsaw)');
    expect(mail?.text).toContain('Numer rezerwacji: LM-77');
    expect(mail?.headers.get('content-language')).toBe('pl');
    expect(mail?.text).not.toMatch(/600 000|birthday|Escape for Ann/);
  });

  test('when the booking’s language is one calbridge does not write, then the confirmation is in English', async () => {
    const { partnerId, roomId } = await partnerWithRoom({ customerConfirmations: true });
    await service.deliver(
      bookingCreated(partnerId, {
        roomId,
        start: '2026-07-04T16:00:00Z',
        end: '2026-07-04T17:00:00Z',
        email: 'jean@example.fr',
        language: 'fr',
        status: 'pending_payment',
      }),
    );
    await service.settledLog(partnerId, 1);

    const [mail] = sink.to('jean@example.fr');
    expect(mail?.subject).toBe('Booking confirmation: The Vault, Jul 4, 2026');
    expect(mail?.text).toContain('When: Saturday, July 4, 2026, 6:00 PM–7:00 PM (Europe/Warsaw)');
    expect(mail?.text).toContain('Payment is still pending.');
  });

  test('when confirmations are off or the booking has no e-mail, then the customer gets nothing', async () => {
    const off = await partnerWithRoom();
    const on = await partnerWithRoom({ customerConfirmations: true });
    const times = { start: '2026-07-04T16:00:00Z', end: '2026-07-04T17:00:00Z' };
    await service.deliver(
      bookingCreated(off.partnerId, { roomId: off.roomId, ...times, email: 'off@example.com' }),
      bookingCreated(on.partnerId, { roomId: on.roomId, ...times }),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(sink.to('off@example.com')).toHaveLength(0);
    expect((await service.api(off.partnerId).notifications()).json().items).toEqual([]);
    expect((await service.api(on.partnerId).notifications()).json().items).toEqual([]);
  });
});

describe('undeliverable', () => {
  test('when the mail server refuses the address, then the notification fails at once with the server’s reason', async () => {
    const { partnerId, roomId } = await partnerWithRoom({ customerConfirmations: true });
    const times = { start: '2026-07-04T16:00:00Z', end: '2026-07-04T17:00:00Z' };
    await service.deliver(bookingCreated(partnerId, { roomId, ...times, email: 'gone@example.com' }));

    const [item] = await service.settledLog(partnerId, 1);

    expect(item).toMatchObject({ recipient: 'gone@example.com', status: 'failed', attempts: 1 });
    expect(item?.lastError).toMatch(
      /^the mail server refused it: .*550 5\.1\.1 <gone@example\.com>: mailbox unavailable/,
    );
  });

  test('when the booking’s e-mail is no address, then its confirmation is logged failed without a try', async () => {
    const { partnerId, roomId } = await partnerWithRoom({ customerConfirmations: true });
    const times = { start: '2026-07-04T16:00:00Z', end: '2026-07-04T17:00:00Z' };
    await service.deliver(bookingCreated(partnerId, { roomId, ...times, email: 'ola at example' }));

    const [item] = await service.settledLog(partnerId, 1);

    expect(item).toMatchObject({
      recipient: 'ola at example',
      status: 'failed',
      attempts: 0,
      lastError: 'the booking has no valid e-mail address',
    });
  });
});

describe('replicas', () => {
  test('when two replicas share the database and the consumer group, then each notification is sent exactly once', async () => {
    const second = await startReplica(service);
    try {
      const { partnerId, roomId, email } = await partnerWithRoom();
      const conflicts = Array.from({ length: 20 }, () =>
        conflictDetected(partnerId, { roomId, bookingId: randomUUID() }),
      );
      await service.deliver(...conflicts, ...conflicts);

      const items = await service.settledLog(partnerId, 20);
      await eventually(() => expect(sink.to(email)).toHaveLength(20));
      await new Promise((resolve) => setTimeout(resolve, 500));
      const ids = sink.to(email).map((mail) => mail.messageId);
      expect(new Set(ids).size).toBe(20);
      expect(items.every((item) => item.status === 'sent' && item.attempts === 1)).toBe(true);
    } finally {
      await second.close();
    }
  });
});
