const scope = (name: string) => `https://www.googleapis.com/auth/${name}`;

// The smallest scopes that do the job (reference §7.1): write events, and read the calendar list so a partner can
// pick a calendar and the connector can tell read from write access before linking.
export const eventsScope = scope('calendar.events');
export const calendarListReadScope = scope('calendar.calendarlist.readonly');
/** A service account has no consent screen; it adds a calendar shared with it to its own list to learn its role. */
export const calendarListWriteScope = scope('calendar.calendarlist');

export const oauthScopes = [eventsScope, calendarListReadScope];
export const serviceAccountScopes = [eventsScope, calendarListWriteScope];

/** The scopes of `wanted` a grant lacks; Google lets the user untick scopes on its consent page. */
export const missingScopes = (granted: readonly string[], wanted: readonly string[]): string[] =>
  wanted.filter((name) => !granted.includes(name));
