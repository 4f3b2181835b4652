import { randomBytes } from 'node:crypto';
import { describeServiceProcess } from '@calbridge/testkit/service-suite';

describeServiceProcess(new URL('..', import.meta.url), {
  consumes: ['booking.events.v1'],
  env: {
    PUBLIC_BASE_URL: 'https://calbridge.example.com',
    CONNECTOR_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  },
});
