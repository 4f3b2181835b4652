import { GoogleError } from './google-error.ts';

export const loginRequired = () =>
  new GoogleError({
    code: 401,
    domain: 'global',
    reason: 'required',
    message: 'Login Required.',
    locationType: 'header',
    location: 'Authorization',
    status: 'UNAUTHENTICATED',
  });

export const invalidCredentials = () =>
  new GoogleError({
    code: 401,
    domain: 'global',
    reason: 'authError',
    message: 'Invalid Credentials',
    locationType: 'header',
    location: 'Authorization',
    status: 'UNAUTHENTICATED',
  });

export const insufficientPermissions = () =>
  new GoogleError({
    code: 403,
    domain: 'global',
    reason: 'insufficientPermissions',
    message: 'Request had insufficient authentication scopes.',
    status: 'PERMISSION_DENIED',
  });

export const requiredAccessLevel = () =>
  new GoogleError({
    code: 403,
    domain: 'calendar',
    reason: 'requiredAccessLevel',
    message: 'You need to have writer access to this calendar.',
  });

export const forbiddenForServiceAccounts = () =>
  new GoogleError({
    code: 403,
    domain: 'calendar',
    reason: 'forbiddenForServiceAccounts',
    message: 'Service accounts cannot invite attendees without Domain-Wide Delegation of Authority.',
  });
