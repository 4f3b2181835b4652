import type { Channel } from './channel.model.ts';

/** Exactly what Google sends (https://developers.google.com/workspace/calendar/api/guides/push). */
export function notificationHeaders(
  channel: Channel,
  state: 'sync' | 'exists',
  messageNumber: number,
): Record<string, string> {
  return {
    'Content-Type': 'application/json; utf-8',
    'Content-Length': '0',
    'User-Agent': 'APIs-Google; (+https://developers.google.com/webmasters/APIs-Google.html)',
    'X-Goog-Channel-ID': channel.id,
    ...(channel.token === undefined ? {} : { 'X-Goog-Channel-Token': channel.token }),
    'X-Goog-Channel-Expiration': new Date(channel.expiration).toUTCString(),
    'X-Goog-Resource-ID': channel.resourceId,
    'X-Goog-Resource-URI': channel.resourceUri,
    'X-Goog-Resource-State': state,
    'X-Goog-Message-Number': String(messageNumber),
  };
}
