import { describeServiceProcess } from '@calbridge/testkit/service-suite';

describeServiceProcess(new URL('..', import.meta.url), {
  consumes: ['booking.events.v1', 'availability.events.v1', 'integration.events.v1'],
  env: { SMTP_URL: 'smtp://127.0.0.1:2525' },
});
