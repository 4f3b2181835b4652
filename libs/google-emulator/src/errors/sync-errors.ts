import { GoogleError } from './google-error.ts';

export const fullSyncRequired = () =>
  new GoogleError({
    code: 410,
    domain: 'calendar',
    reason: 'fullSyncRequired',
    message: 'Sync token is no longer valid, a full sync is required.',
    locationType: 'parameter',
    location: 'syncToken',
  });

export const invalidSyncToken = () =>
  new GoogleError({ code: 400, domain: 'global', reason: 'invalid', message: 'Invalid sync token value.' });

export const invalidPageToken = () =>
  new GoogleError({ code: 400, domain: 'global', reason: 'invalid', message: 'Invalid page token value.' });

export const updatedMinTooLongAgo = () =>
  new GoogleError({
    code: 410,
    domain: 'calendar',
    reason: 'updatedMinTooLongAgo',
    message: 'The requested minimum modification time lies too far in the past.',
    locationType: 'parameter',
    location: 'updatedMin',
  });
