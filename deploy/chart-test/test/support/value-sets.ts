import type { ValueSet } from './chart.ts';

/** The value sets every check renders: the chart's defaults, the two examples in deploy/, and everything switched on. */
export const valueSets = {
  defaults: {},
  staging: { files: ['deploy/staging-values.yaml'] },
  production: { files: ['deploy/production-values.yaml'] },
  everything: {
    files: ['deploy/production-values.yaml'],
    set: {
      'metrics.serviceMonitor.enabled': true,
      'services.bookingService.apiHost': 'booking-api.example.com',
      'services.availabilityService.apiHost': 'availability-api.example.com',
      'services.calendarConnector.config': {
        GOOGLE_API_ROOT_URL: 'https://www.googleapis.com/',
        GOOGLE_OAUTH_AUTH_URL: 'https://accounts.google.com/o/oauth2/v2/auth',
        GOOGLE_OAUTH_TOKEN_URL: 'https://oauth2.googleapis.com/token',
        PUBLIC_BASE_URL: 'https://hooks.example.com',
      },
    },
  },
} satisfies Record<string, ValueSet>;
