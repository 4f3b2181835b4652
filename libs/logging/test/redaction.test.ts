import { describe, expect, test } from '@jest/globals';
import { createLogger } from '../src/index.ts';
import { memoryDestination } from './memory-destination.ts';

function bookingSnapshot() {
  return {
    id: 'b-1',
    name: 'Escape night',
    customer: { email: 'ada@example.com', phone: '+48 600 100 200' },
  };
}

describe('redaction', () => {
  test('when secrets and contact data are logged anywhere they occur, then none of them reaches the output', () => {
    const { destination, raw, entries } = memoryDestination();
    const logger = createLogger({ name: 'booking-service', level: 'info', destination });
    const logged = {
      req: { method: 'POST', headers: { authorization: 'Bearer sekret-jwt', cookie: 'sid=sekret-cookie' } },
      headers: { 'x-goog-channel-token': 'sekret-channel', 'set-cookie': ['sid=sekret-set'] },
      credentials: { access_token: 'sekret-access', refresh_token: 'sekret-refresh', id_token: 'sekret-id' },
      integration: { clientSecret: 'sekret-client', privateKey: 'sekret-key', password: 'sekret-password' },
      token: 'sekret-top',
      email: 'partner@example.com',
      booking: bookingSnapshot(),
      data: { booking: bookingSnapshot() },
      event: { type: 'BookingCreated', data: { booking: bookingSnapshot() } },
    };

    logger.info(logged, 'booking created');

    const line = raw.join('');
    for (const leak of ['sekret', 'example.com', '600 100 200']) expect(line).not.toContain(leak);
    const [entry] = entries();
    expect(entry).toMatchObject({
      msg: 'booking created',
      req: { method: 'POST', headers: { authorization: '[redacted]' } },
      event: { type: 'BookingCreated', data: { booking: { id: 'b-1', name: 'Escape night' } } },
      booking: { customer: { email: '[redacted]', phone: '[redacted]' } },
    });
  });

  test('when an object is logged, then the caller still holds its own values', () => {
    const { destination } = memoryDestination();
    const logger = createLogger({ name: 'booking-service', level: 'info', destination });
    const booking = bookingSnapshot();

    logger.info({ booking }, 'kept');

    expect(booking.customer.email).toBe('ada@example.com');
  });

  test('when a child logger carries a secret in its bindings, then it is redacted too', () => {
    const { destination, raw } = memoryDestination();
    const logger = createLogger({ name: 'calendar-connector', level: 'info', destination });

    logger.child({ integration: { id: 'i-1', refreshToken: 'sekret-bound' } }).warn('refresh failed');

    expect(raw.join('')).not.toContain('sekret');
    expect(raw.join('')).toContain('i-1');
  });
});
