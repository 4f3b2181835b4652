import { isIP } from 'node:net';
import { blockedAddressKind } from './blocked-address.ts';

/**
 * Why a webhook URL is no target (undefined when it is one): `https` only, with no credentials, and an IP literal must
 * be public, unless local targets are allowed (`make up`, tests). Names are checked again at each delivery, once
 * resolved (guarded-lookup.ts).
 */
export function webhookUrlProblem(value: string, allowLocal: boolean): string | undefined {
  const url = URL.parse(value);
  if (!url) return 'not a URL';
  if (url.username || url.password) return 'must not carry credentials';
  if (allowLocal) return url.protocol === 'https:' || url.protocol === 'http:' ? undefined : 'must be http(s)';
  if (url.protocol !== 'https:') return 'must be https';
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const kind = isIP(host) ? blockedAddressKind(host) : undefined;
  return kind ? `${host} is ${kind}` : undefined;
}
