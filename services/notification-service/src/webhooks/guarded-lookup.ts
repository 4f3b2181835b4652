import { type LookupAddress, type LookupOptions, lookup } from 'node:dns';
import { blockedAddressKind } from './blocked-address.ts';
import { TargetRefusedError } from './target-refused.error.ts';

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/**
 * `dns.lookup` for the webhook client's sockets: a name resolving to any address that is no webhook target is
 * refused. Checking the addresses the socket then connects to, not the URL when it was saved, is what stops a name
 * that resolves (or is made to resolve) to an internal address.
 */
export function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    for (const { address } of addresses) {
      const kind = blockedAddressKind(address);
      if (kind) return callback(new TargetRefusedError(`${hostname} resolves to ${address}, ${kind}`), []);
    }
    const [first] = addresses;
    if (options.all || !first) return callback(null, addresses);
    callback(null, first.address, first.family);
  });
}
