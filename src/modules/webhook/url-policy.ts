/**
 * Where webhooks may go (SSRF). With private URLs disallowed (WEBHOOK_ALLOW_PRIVATE_URLS=false,
 * the production default) an endpoint's host must be, and resolve only to, public addresses:
 * not loopback, private, shared (CGNAT), link-local (the cloud metadata service 169.254.169.254
 * among them), unique-local, multicast, unspecified, reserved or documentation ranges, in IPv4 or
 * IPv6, including IPv6 forms that carry an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64,
 * 6to4). The check runs when an endpoint is registered or changed, and again on every delivery,
 * where the connection goes to the very address that was checked (`guardedLookup`): a name that
 * resolved to a public address at registration and to 127.0.0.1 now (DNS rebinding) is refused.
 */
import { lookup } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { badInput } from '../../schema/errors.js';

export interface WebhookUrlPolicy {
  /** Private, loopback and link-local addresses are allowed (development, tests). */
  allowPrivateUrls: boolean;
  /** Only https URLs (production). */
  httpsOnly: boolean;
}

const MAX_URL_LENGTH = 2048;
const RESOLVE_TIMEOUT_MS = 5_000;

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // shared address space (CGNAT; some clouds' metadata, e.g. 100.100.100.200)
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, the metadata service 169.254.169.254
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and 255.255.255.255
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001::', 32], // Teredo (carries an obfuscated IPv4 address)
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique-local (fd00:ec2::254: the AWS metadata service over IPv6)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** The 16 bytes of an IPv6 address (a trailing dotted quad allowed), or null. */
function ipv6Bytes(address: string): number[] | null {
  let text = address.replace(/%.*$/, '');
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const quad = tail[1]!.split('.').map(Number);
    text = `${text.slice(0, -tail[1]!.length)}${((quad[0]! << 8) | quad[1]!).toString(16)}:${((quad[2]! << 8) | quad[3]!).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const head = groups(halves[0]);
  const rest = groups(halves[1]);
  const missing = 8 - head.length - rest.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  const bytes: number[] = [];
  for (const group of all) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
    const value = parseInt(group, 16);
    bytes.push(value >> 8, value & 0xff);
  }
  return bytes.length === 16 ? bytes : null;
}

const zeros = (bytes: number[], from: number, to: number) => bytes.slice(from, to).every((byte) => byte === 0);
const quad = (bytes: number[], at: number) => bytes.slice(at, at + 4).join('.');

/** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), if any. */
function embeddedIpv4(bytes: number[]): string | null {
  if (zeros(bytes, 0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return quad(bytes, 12); // ::ffff:a.b.c.d
  if (zeros(bytes, 0, 12)) return quad(bytes, 12); // ::a.b.c.d (deprecated)
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && zeros(bytes, 4, 12)) return quad(bytes, 12); // 64:ff9b::/96
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return quad(bytes, 2); // 2002::/16
  return null;
}

/** True for every address a webhook must not reach when private URLs are disallowed (and for anything that is not an IP address). */
export function isDisallowedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family !== 6) return true;
  const bytes = ipv6Bytes(address);
  if (!bytes) return true;
  const ipv4 = embeddedIpv4(bytes);
  if (ipv4 !== null && isDisallowedAddress(ipv4)) return true;
  return blocked.check(address.replace(/%.*$/, ''), 'ipv6');
}

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Every address the operating system's resolver gives for a name (what a connection would use). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('name resolution timed out')), RESOLVE_TIMEOUT_MS);
    lookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(addresses);
    });
  });

/** The host of a URL without IPv6 brackets. */
export const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/** Refused because of where it points: the same words for a private address and a name that does not resolve, so the answer maps no internal names. */
const NOT_PUBLIC = 'url must point at a public address: private, loopback, link-local and unresolvable hosts are refused';

/**
 * Checks an endpoint URL at registration: absolute http(s) (https only when the policy says),
 * no user name or password, at most 2048 characters, and, unless private URLs are allowed, a
 * host that is or resolves only to public addresses. Returns the URL as it will be called (the
 * fragment, never sent, is dropped). BAD_USER_INPUT on `url` otherwise.
 */
export async function checkWebhookUrl(raw: string, policy: WebhookUrlPolicy, resolve: Resolver = systemResolver): Promise<string> {
  const text = raw.trim();
  if (text.length === 0 || text.length > MAX_URL_LENGTH) throw badInput(`url must be 1 to ${MAX_URL_LENGTH} characters`, 'url');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput('url must be an absolute http(s) URL', 'url');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badInput('url must be an http(s) URL', 'url');
  if (policy.httpsOnly && url.protocol !== 'https:') throw badInput('url must be an https URL', 'url');
  if (url.username || url.password) throw badInput('url must not carry a user name or password', 'url');
  url.hash = '';
  if (!policy.allowPrivateUrls) {
    const host = hostOf(url);
    if (isIP(host)) {
      if (isDisallowedAddress(host)) throw badInput(NOT_PUBLIC, 'url');
    } else {
      const addresses = await resolve(host).catch((): ResolvedAddress[] => []);
      if (addresses.length === 0 || addresses.some((entry) => isDisallowedAddress(entry.address))) throw badInput(NOT_PUBLIC, 'url');
    }
  }
  return url.toString();
}

/** A delivery refused because its host is or resolves to an address webhooks must not reach. */
export class DisallowedAddressError extends Error {
  readonly code = 'EWEBHOOKADDRESS';
  constructor() {
    super('refused: the host is or resolves to a private, loopback or link-local address');
  }
}

/**
 * A `lookup` for http.request that resolves the name once, refuses it when any address is
 * disallowed, and hands the checked addresses to the connection: nothing resolves the name
 * again between the check and the connect (DNS rebinding).
 */
export function guardedLookup(resolve: Resolver = systemResolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const family = typeof options.family === 'number' ? options.family : 0;
        const usable = addresses.filter((entry) => family === 0 || entry.family === family);
        if (addresses.length === 0 || addresses.some((entry) => isDisallowedAddress(entry.address)) || usable.length === 0) {
          callback(new DisallowedAddressError(), '', 0);
          return;
        }
        if (options.all) callback(null, usable);
        else callback(null, usable[0]!.address, usable[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}
