/**
 * Where webhooks may go (src/modules/webhook/url-policy.ts): the address ranges refused when
 * private URLs are disallowed, the URL rules at registration, and the connect-time lookup that
 * checks the addresses it hands to the connection.
 */
import { describe, expect, it } from '@jest/globals';
import type { LookupAddress } from 'node:dns';
import {
  checkWebhookUrl,
  DisallowedAddressError,
  guardedLookup,
  isDisallowedAddress,
  type ResolvedAddress,
  type WebhookUrlPolicy,
} from '../../../../src/modules/webhook/url-policy.js';

const PRODUCTION: WebhookUrlPolicy = { allowPrivateUrls: false, httpsOnly: true };
const DISALLOW: WebhookUrlPolicy = { allowPrivateUrls: false, httpsOnly: false };
const ALLOW: WebhookUrlPolicy = { allowPrivateUrls: true, httpsOnly: false };

const resolver = (table: Record<string, string[]>) => async (hostname: string) =>
  (table[hostname] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

/** The BAD_USER_INPUT a promise is rejected with: its field and message. */
async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    const graphql = error as { message: string; extensions: { code: string; field?: string } };
    return { code: graphql.extensions.code, field: graphql.extensions.field, message: graphql.message };
  }
  return null;
}

describe('isDisallowedAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.255.254',
    '0.0.0.0',
    '10.0.0.1',
    '172.16.5.4',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254', // the cloud metadata service
    '169.254.0.1',
    '100.64.0.1',
    '100.100.100.200',
    '198.18.0.1',
    '224.0.0.1',
    '255.255.255.255',
    '192.0.2.10',
    '::',
    '::1',
    'fe80::1',
    'fe80::1%eth0',
    'fc00::1',
    'fd00:ec2::254', // AWS metadata over IPv6
    'ff02::1',
    '::ffff:127.0.0.1', // IPv4-mapped
    '::ffff:7f00:1',
    '::ffff:169.254.169.254',
    '::ffff:a9fe:a9fe',
    '::127.0.0.1', // IPv4-compatible
    '64:ff9b::a9fe:a9fe', // NAT64 of 169.254.169.254
    '64:ff9b::10.0.0.1',
    '2002:7f00:1::1', // 6to4 of 127.0.0.1
    '2002:c0a8:101::', // 6to4 of 192.168.1.1
    '2001:db8::1',
    '2001:0:4136:e378::1', // Teredo
    'localhost', // not an address at all
    'example.com',
    '',
  ])('refuses %s', (address) => {
    expect(isDisallowedAddress(address)).toBe(true);
  });

  it.each([
    '93.184.215.14',
    '8.8.8.8',
    '1.1.1.1',
    '172.32.0.1',
    '100.128.0.1',
    '2606:4700:4700::1111',
    '2a00:1450:4001:80b::200e',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:808:808::1',
  ])('allows %s', (address) => {
    expect(isDisallowedAddress(address)).toBe(false);
  });
});

describe('checkWebhookUrl', () => {
  it('returns the URL as it will be called (fragment dropped)', async () => {
    await expect(checkWebhookUrl(' https://hooks.example.test/in?x=1#frag ', ALLOW)).resolves.toBe('https://hooks.example.test/in?x=1');
  });

  const badUrls: [string, string][] = [
    ['not a url', 'url must be an absolute http(s) URL'],
    ['/relative/path', 'url must be an absolute http(s) URL'],
    ['ftp://hooks.example.test/', 'url must be an http(s) URL'],
    ['javascript:alert(1)', 'url must be an http(s) URL'],
    ['https://user:pass@hooks.example.test/', 'url must not carry a user name or password'],
    ['', 'url must be 1 to 2048 characters'],
    [`https://hooks.example.test/${'a'.repeat(2048)}`, 'url must be 1 to 2048 characters'],
  ];
  const named = badUrls.map(([url, message]) => [url.length > 60 ? `${url.slice(0, 30)}… (${url.length} characters)` : url, url, message]);
  it.each(named)('refuses %s', async (_name, url, message) => {
    expect(await refusal(checkWebhookUrl(url, ALLOW))).toEqual({ code: 'BAD_USER_INPUT', field: 'url', message });
  });

  it('requires https when the policy says (production)', async () => {
    const resolve = resolver({ 'hooks.example.test': ['93.184.215.14'] });
    expect(await refusal(checkWebhookUrl('http://hooks.example.test/', PRODUCTION, resolve))).toMatchObject({
      message: 'url must be an https URL',
    });
    await expect(checkWebhookUrl('https://hooks.example.test/', PRODUCTION, resolve)).resolves.toBe('https://hooks.example.test/');
  });

  it.each([
    'http://127.0.0.1:8080/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://169.254.169.254/latest/meta-data/',
    'http://0x7f.1/', // the URL parser reads it as 127.0.0.1
    'http://2130706433/', // so is this
    'http://10.0.0.1/',
    'http://internal.example.test/', // resolves to a private address
    'http://mixed.example.test/', // one public and one private address
    'http://nowhere.example.test/', // does not resolve: same answer, so the API maps no internal names
  ])('refuses %s when private URLs are disallowed, allows it otherwise', async (url) => {
    const resolve = resolver({
      'internal.example.test': ['10.1.2.3'],
      'mixed.example.test': ['93.184.215.14', '127.0.0.1'],
    });
    const refused = await refusal(checkWebhookUrl(url, DISALLOW, resolve));
    expect(refused).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'url',
      message: 'url must point at a public address: private, loopback, link-local and unresolvable hosts are refused',
    });
    await expect(checkWebhookUrl(url, ALLOW, resolve)).resolves.toMatch(/^http:/);
  });

  it('accepts a name that resolves only to public addresses', async () => {
    const resolve = resolver({ 'hooks.example.test': ['93.184.215.14', '2606:4700:4700::1111'] });
    await expect(checkWebhookUrl('https://hooks.example.test/in', DISALLOW, resolve)).resolves.toBe('https://hooks.example.test/in');
  });
});

describe('guardedLookup (connect time)', () => {
  const lookupOnce = (resolve: (hostname: string) => Promise<ResolvedAddress[]>, options: { all?: boolean; family?: number } = {}) =>
    new Promise<{ error: NodeJS.ErrnoException | null; address: string | LookupAddress[] }>((done) => {
      guardedLookup(resolve)('hooks.example.test', options, (error, address) => done({ error, address }));
    });

  it('hands the connection the address it checked', async () => {
    expect(await lookupOnce(resolver({ 'hooks.example.test': ['93.184.215.14'] }))).toEqual({ error: null, address: '93.184.215.14' });
    expect(await lookupOnce(resolver({ 'hooks.example.test': ['93.184.215.14'] }), { all: true })).toEqual({
      error: null,
      address: [{ address: '93.184.215.14', family: 4 }],
    });
  });

  it('refuses a name that now resolves to a private address (DNS rebinding)', async () => {
    let calls = 0;
    const rebinding = async () => [{ address: ++calls === 1 ? '93.184.215.14' : '127.0.0.1', family: 4 }];
    await expect(checkWebhookUrl('https://hooks.example.test/', DISALLOW, rebinding)).resolves.toBe('https://hooks.example.test/');
    const { error } = await lookupOnce(rebinding);
    expect(error).toBeInstanceOf(DisallowedAddressError);
  });

  it('refuses when any address is private, or none is found', async () => {
    expect((await lookupOnce(resolver({ 'hooks.example.test': ['93.184.215.14', '::1'] }))).error).toBeInstanceOf(DisallowedAddressError);
    expect((await lookupOnce(resolver({}))).error).toBeInstanceOf(DisallowedAddressError);
  });
});
