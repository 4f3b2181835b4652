/** Google's `eid` is the base64 of "<eventId> <calendarId>". */
export function htmlLinkOf(eventId: string, calendarId: string): string {
  const eid = Buffer.from(`${eventId} ${calendarId}`).toString('base64').replace(/=+$/, '');
  return `https://www.google.com/calendar/event?eid=${eid}`;
}
