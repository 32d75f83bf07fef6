import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * Where webhooks may point: not at the service's own network. An admin could otherwise register
 * the database port, the cloud metadata address (169.254.169.254) or an intranet host and read
 * the delivery results as a port scanner. Checked at registration and again at every delivery,
 * on the addresses the name resolves to then (WEBHOOK_ALLOW_PRIVATE=true turns it off, for
 * receivers on the same host or network).
 */
const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", 0.0.0.0
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, 255.255.255.255 broadcast
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 96], // unspecified, loopback, IPv4-compatible
  ['64:ff9b::', 96], // NAT64: an IPv4 address behind a prefix
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:127.0.0.1`, `::ffff:7f00:1`), else null. */
function mappedIpv4(address: string): string | null {
  const match = /^(?:0{0,4}:){0,5}:?ffff:(.+)$/i.exec(address);
  if (!match) return null;
  if (isIP(match[1]) === 4) return match[1];
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(match[1]);
  if (!hex) return null;
  const [high, low] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Whether a webhook may be sent to this IP address. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 4) return !blocked.check(address, 'ipv4');
  const mapped = mappedIpv4(address);
  if (mapped) return !blocked.check(mapped, 'ipv4');
  return !blocked.check(address, 'ipv6');
}

export type TargetRefusal = 'webhook_target_private' | 'webhook_target_unresolvable' | 'webhook_target_invalid';


export type Lookup = (hostname: string, options: { all: true }, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

/** The URL's host without IPv6 brackets; the WHATWG parser has normalised `0x7f000001`, `2130706433`, `0177.0.0.1` to dotted IPv4 by then. */
const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

/** null when the URL may receive webhooks, else why not. Every address the name resolves to must be public. */
export async function refuseTarget(raw: string, lookup: Lookup = dnsLookup as Lookup): Promise<TargetRefusal | null> {
  const url = URL.canParse(raw) ? new URL(raw) : null;
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.username || url.password) return 'webhook_target_invalid';
  const host = hostOf(url);
  if (isIP(host)) return isPublicAddress(host) ? null : 'webhook_target_private';
  const addresses = await new Promise<LookupAddress[] | null>((resolve) => lookup(host, { all: true }, (error, found) => resolve(error ? null : found)));
  if (!addresses || addresses.length === 0) return 'webhook_target_unresolvable';
  return addresses.every((a) => isPublicAddress(a.address)) ? null : 'webhook_target_private';
}

/** The error a delivery's connection fails with when the target resolves to a refused address. */
export const TARGET_REFUSED = 'EKOBLING_TARGET_REFUSED';

type NetLookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for the delivery's socket: it resolves the name and refuses the connection unless
 * every address is public, then connects to the address it checked, so a name cannot resolve
 * to a public address for the check and to an internal one for the connection (DNS rebinding).
 */
export function checkedLookup(lookup: Lookup = dnsLookup as Lookup) {
  return (hostname: string, options: { all?: boolean; family?: number | string }, callback: NetLookupCallback): void => {
    lookup(hostname, { all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const family = options.family === 6 || options.family === 'IPv6' ? 6 : options.family === 4 || options.family === 'IPv4' ? 4 : 0;
      const usable = addresses.filter((a) => family === 0 || a.family === family);
      if (usable.length === 0 || !addresses.every((a) => isPublicAddress(a.address))) {
        return callback(Object.assign(new Error(`${hostname} resolves to an address webhooks may not reach`), { code: TARGET_REFUSED }), []);
      }
      if (options.all) callback(null, usable);
      else callback(null, usable[0].address, usable[0].family);
    });
  };
}

/** For a URL whose host is an IP address (no lookup happens for it): whether it may be reached. */
export function isLiteralTargetAllowed(url: URL): boolean {
  const host = hostOf(url);
  return isIP(host) === 0 || isPublicAddress(host);
}
