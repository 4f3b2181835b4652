import { z } from 'zod';
import { invalid, required } from '../errors/api-errors.ts';
import { GoogleError } from '../errors/google-error.ts';

const watchBodySchema = z.object({
  id: z.string().optional(),
  token: z.string().optional(),
  type: z.string().optional(),
  address: z.string().optional(),
  expiration: z.union([z.string(), z.number()]).optional(),
  params: z.object({ ttl: z.string().optional() }).optional(),
});

export interface WatchRequest {
  id: string;
  address: string;
  token?: string;
  expiration?: number;
  ttlSeconds?: number;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const CHANNEL_ID = /^[A-Za-z0-9\-_+/=]{1,64}$/;
const MILLIS = /^\d{1,16}$/;

export const invalidExpiration = () => invalid('Invalid expiration value.', 'expiration');

/** Channel.expiration is an int64 of Unix milliseconds, sent as a string by the Node client (reference §4.2). */
function parseExpiration(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!MILLIS.test(String(value))) throw invalidExpiration();
  return Number(value);
}

export function parseWatchRequest(body: unknown, allowHttpOnLoopback: boolean): WatchRequest {
  const parsed = watchBodySchema.safeParse(body ?? {});
  if (!parsed.success) throw invalid(`Invalid value for: ${parsed.error.issues[0]?.path.join('.')}`);
  const { id, token, type, address, expiration, params } = parsed.data;
  if (!id) throw required('Required');
  if (!CHANNEL_ID.test(id)) throw invalid(`Invalid channel id: ${id}`);
  if (type !== 'web_hook' && type !== 'webhook') throw invalid(`Invalid value for: type`);
  if (!address) throw required('Required');
  if (token !== undefined && token.length > 256) throw invalid('Invalid channel token.');
  const url = URL.canParse(address) ? new URL(address) : undefined;
  const httpAllowed = allowHttpOnLoopback && url?.protocol === 'http:' && LOOPBACK.has(url.hostname);
  if (url?.protocol !== 'https:' && !httpAllowed) {
    throw new GoogleError({
      code: 400,
      domain: 'global',
      reason: 'push.webhookUrlNotHttps',
      message: `WebHook callback must be HTTPS: ${address}`,
    });
  }
  const expirationMs = parseExpiration(expiration);
  const ttlSeconds = params?.ttl === undefined ? undefined : Number(params.ttl);
  if (ttlSeconds !== undefined && !(ttlSeconds > 0)) throw invalid('Invalid value for: params.ttl');
  return {
    id,
    address,
    ...(token === undefined ? {} : { token }),
    ...(expirationMs === undefined ? {} : { expiration: expirationMs }),
    ...(ttlSeconds === undefined ? {} : { ttlSeconds }),
  };
}
