import type { EmulatorDeps } from '../app/emulator-deps.ts';
import type { Principal } from '../auth/principal.ts';
import { accessCalendar } from '../calendars/calendar-access.ts';
import { GoogleError } from '../errors/google-error.ts';
import type { Channel } from './channel.model.ts';
import { invalidExpiration, parseWatchRequest } from './watch-request.ts';

const DEFAULT_TTL_SECONDS = 604_800;

/** events.watch: the "sync" message goes out at once, possibly before this response arrives (reference §4.5). */
export function watchEvents(deps: EmulatorDeps, principal: Principal, calendarId: string, body: unknown) {
  const { calendar } = accessCalendar(deps.state, principal, calendarId, 'eventsRead');
  const { settings } = deps.controls;
  const request = parseWatchRequest(body, settings.allowHttpPushOnLoopback);
  if (deps.state.channels.has(request.id)) {
    throw new GoogleError({
      code: 400,
      domain: 'global',
      reason: 'channelIdNotUnique',
      message: 'Channel id not unique',
    });
  }
  const now = deps.clock.now();
  // A channel that would stop before it starts is refused rather than created dead.
  if (request.expiration !== undefined && request.expiration <= now) throw invalidExpiration();
  // "the more restrictive value is used" between the request and the service's own limit.
  const expiration = Math.min(
    request.expiration ?? Number.POSITIVE_INFINITY,
    now + (request.ttlSeconds ?? DEFAULT_TTL_SECONDS) * 1000,
    now + settings.channelMaxTtlSeconds * 1000,
  );
  const channel: Channel = {
    id: request.id,
    resourceId: calendar.resourceId,
    resourceUri: `https://www.googleapis.com/calendar/v3/calendars/${encodeURIComponent(calendar.id)}/events?alt=json`,
    calendarId: calendar.id,
    address: request.address,
    ...(request.token === undefined ? {} : { token: request.token }),
    expiration,
    creator: principal.email,
    creatorKind: principal.kind,
    lastMessageNumber: 0,
    stopped: false,
  };
  deps.state.channels.set(channel.id, channel);
  deps.push.channelCreated(channel);
  return {
    kind: 'api#channel',
    id: channel.id,
    resourceId: channel.resourceId,
    resourceUri: channel.resourceUri,
    ...(channel.token === undefined ? {} : { token: channel.token }),
    expiration: String(expiration),
  };
}
