import { GoogleError } from './google-error.ts';

// Messages and reasons follow https://developers.google.com/workspace/calendar/api/guides/errors (reference §5.1).

export const notFound = (message = 'Not Found') =>
  new GoogleError({ code: 404, domain: 'global', reason: 'notFound', message });

export const deleted = () =>
  new GoogleError({ code: 410, domain: 'global', reason: 'deleted', message: 'Resource has been deleted' });

export const duplicate = () =>
  new GoogleError({
    code: 409,
    domain: 'global',
    reason: 'duplicate',
    message: 'The requested identifier already exists.',
  });

export const invalid = (message: string, location?: string) =>
  new GoogleError({
    code: 400,
    domain: 'global',
    reason: 'invalid',
    message,
    ...(location === undefined ? {} : { locationType: 'parameter' as const, location }),
  });

export const required = (message: string) =>
  new GoogleError({ code: 400, domain: 'global', reason: 'required', message });

export const badRequest = (message = 'Bad Request') =>
  new GoogleError({ code: 400, domain: 'global', reason: 'badRequest', message });

export const timeRangeEmpty = (location?: string) =>
  new GoogleError({
    code: 400,
    domain: 'calendar',
    reason: 'timeRangeEmpty',
    message: 'The specified time range is empty.',
    ...(location === undefined ? {} : { locationType: 'parameter' as const, location }),
  });

export const conditionNotMet = () =>
  new GoogleError({
    code: 412,
    domain: 'global',
    reason: 'conditionNotMet',
    message: 'Precondition Failed',
    locationType: 'header',
    location: 'If-Match',
  });

export const backendError = (code = 500) =>
  new GoogleError({
    code,
    domain: 'global',
    reason: 'backendError',
    message: code === 503 ? 'The service is currently unavailable.' : 'Backend Error',
  });
