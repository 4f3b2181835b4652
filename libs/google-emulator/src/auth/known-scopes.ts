const googleScope = (name: string) => `https://www.googleapis.com/auth/${name}`;

// Calendar scopes of reference §7.1 plus the sign-in scopes an app commonly asks for beside them.
const CALENDAR = [
  'calendar',
  'calendar.readonly',
  'calendar.events',
  'calendar.events.readonly',
  'calendar.events.owned',
  'calendar.events.owned.readonly',
  'calendar.events.public.readonly',
  'calendar.events.freebusy',
  'calendar.app.created',
  'calendar.calendarlist',
  'calendar.calendarlist.readonly',
  'calendar.calendars',
  'calendar.calendars.readonly',
  'calendar.acls',
  'calendar.acls.readonly',
  'calendar.freebusy',
  'calendar.settings.readonly',
];

const KNOWN = new Set([
  ...CALENDAR.map(googleScope),
  googleScope('userinfo.email'),
  googleScope('userinfo.profile'),
  'openid',
  'email',
  'profile',
]);

export const isKnownScope = (scope: string) => KNOWN.has(scope);
