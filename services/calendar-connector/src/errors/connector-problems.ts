import { conflict, notFound, ProblemError, unprocessable } from '@calbridge/http';

// The connector's one error vocabulary: every refusal a partner can see, each with its stable `code` (spec §4).
export const integrationNotFound = (): ProblemError => notFound('integration');

export const roomNotFound = (): ProblemError => notFound('room');

export const roomLinkNotFound = (): ProblemError =>
  notFound('room_link', 'The room is not linked by this integration.');

export const calendarAlreadyLinked = (roomIds: string[]): ProblemError =>
  conflict(
    'calendar_already_linked',
    'In bidirectional mode a calendar serves one room only: its events block that room. Pick another calendar, or use a one-way mode.',
    { members: { roomIds } },
  );

export const roomAlreadyLinked = (): ProblemError =>
  conflict('room_already_linked', 'The room is already linked by another integration; unlink it there first.');

export type MissingAccess = 'read' | 'write';

export const calendarNotAccessible = (calendarId: string, shareWith: string, missing: MissingAccess): ProblemError =>
  unprocessable(
    'calendar_not_accessible',
    missing === 'read'
      ? `${shareWith} cannot see calendar ${calendarId}: share it with ${shareWith} ("Make changes to events", or at least "See all event details").`
      : `${shareWith} may only read calendar ${calendarId}: share it with ${shareWith} with "Make changes to events", as this mode writes bookings into it.`,
    {
      members: { calendarId, shareWith, missingAccess: missing },
      errors: [{ field: 'body.calendarId', message: `Missing ${missing} access for ${shareWith}` }],
    },
  );

export const notAnOAuthIntegration = (): ProblemError =>
  conflict(
    'integration_not_oauth',
    'This integration uses a service account: share calendars with its e-mail instead.',
  );

export const oauthNotConfigured = (): ProblemError =>
  conflict('oauth_not_configured', 'Google OAuth is not configured on this connector (GOOGLE_OAUTH_CLIENT_ID/SECRET).');

export const serviceAccountNotConfigured = (): ProblemError =>
  conflict(
    'service_account_not_configured',
    'No Google service account is configured on this connector (GOOGLE_SERVICE_ACCOUNT_KEY_FILE).',
  );

export const integrationNotAuthorized = (): ProblemError =>
  conflict('integration_not_authorized', 'Connect a Google account first: POST …/google/authorize.');

export const reauthorizationRequired = (reason: string): ProblemError =>
  conflict(
    'google_reauthorization_required',
    'Google no longer accepts this integration’s authorization: reconnect the Google account (POST …/google/authorize).',
    { members: { reason } },
  );

export const googleUnavailable = (retryAfterSeconds: number): ProblemError =>
  new ProblemError(
    503,
    'google_unavailable',
    'Service Unavailable',
    'Google is busy or unavailable; try again later.',
    {
      headers: { 'retry-after': String(retryAfterSeconds) },
    },
  );

export const googleRefused = (status: number | undefined): ProblemError =>
  new ProblemError(
    502,
    'google_error',
    'Bad Gateway',
    `Google refused the request (HTTP ${status ?? 'network error'}).`,
  );

export const integrationNotActive = (status: string): ProblemError =>
  conflict('integration_not_active', `Only an active integration synchronizes; this one is ${status}.`, {
    members: { status },
  });

export const directionNotInMode = (direction: string, mode: string): ProblemError =>
  unprocessable('direction_not_in_mode', `An integration in ${mode} mode does not synchronize ${direction}.`, {
    members: { direction, mode },
    errors: [{ field: 'body.direction', message: `Not synchronized in ${mode} mode` }],
  });

export const manualSyncNotFound = (): ProblemError => notFound('sync');

/** Google retries a push answered 503 (reference §4.5); the backstop sync covers it if it does not. */
export const notificationNotRecorded = (): ProblemError =>
  new ProblemError(503, 'notification_not_recorded', 'Service Unavailable', 'The notification could not be recorded.', {
    headers: { 'retry-after': '1' },
  });
