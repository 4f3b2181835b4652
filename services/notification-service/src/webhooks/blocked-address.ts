import { BlockList, isIPv4 } from 'node:net';

// Targets a partner's webhook must never reach from inside our network (SSRF): loopback, private, link-local and
// the other special-purpose ranges of RFC 6890.
const ranges: [network: string, prefix: number, family: 'ipv4' | 'ipv6', kind: string][] = [
  ['127.0.0.0', 8, 'ipv4', 'a loopback'],
  ['::1', 128, 'ipv6', 'a loopback'],
  ['10.0.0.0', 8, 'ipv4', 'a private'],
  ['172.16.0.0', 12, 'ipv4', 'a private'],
  ['192.168.0.0', 16, 'ipv4', 'a private'],
  ['100.64.0.0', 10, 'ipv4', 'a shared (carrier-grade NAT)'],
  ['fc00::', 7, 'ipv6', 'a private'],
  ['169.254.0.0', 16, 'ipv4', 'a link-local'],
  ['fe80::', 10, 'ipv6', 'a link-local'],
  ['0.0.0.0', 8, 'ipv4', 'an unspecified'],
  ['::', 128, 'ipv6', 'an unspecified'],
  ['192.0.0.0', 24, 'ipv4', 'a reserved'],
  ['198.18.0.0', 15, 'ipv4', 'a reserved'],
  ['224.0.0.0', 4, 'ipv4', 'a multicast'],
  ['ff00::', 8, 'ipv6', 'a multicast'],
  ['240.0.0.0', 4, 'ipv4', 'a reserved'],
];

const lists = ranges.map(([network, prefix, family, kind]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { list, family, kind };
});

/** Why an address is no webhook target (`"a loopback address"`), or undefined for a public one. */
export function blockedAddressKind(address: string): string | undefined {
  const ip = mappedIpv4(address) ?? address;
  const family = isIPv4(ip) ? 'ipv4' : 'ipv6';
  const hit = lists.find((entry) => entry.family === family && entry.list.check(ip, family));
  return hit ? `${hit.kind} address` : undefined;
}

/** An IPv4 address written as IPv6 is that IPv4 address: `::ffff:127.0.0.1`, or `::ffff:7f00:1` as URLs print it. */
function mappedIpv4(address: string): string | undefined {
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (dotted) return dotted;
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return undefined;
  const [high, low] = [Number.parseInt(hex[1] ?? '', 16), Number.parseInt(hex[2] ?? '', 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}
