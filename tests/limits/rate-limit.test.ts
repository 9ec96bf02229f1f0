import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import pino from 'pino';
import { loadConfig } from '../../src/config.js';
import { createRateLimiter, rateLimitSettingsFromConfig } from '../../src/limits/rate-limit.js';
import { createServer, type AppServer } from '../../src/server.js';
import { startTenants, type Tenants } from '../helpers/actors.js';
import { TEST_JWT_SECRET, documentIdOf, testTrustedDocuments, type Actor } from '../helpers/app.js';
import { createOrganization } from '../helpers/organizations.js';
import {
  ApiKeyCreateDocument,
  RateLimitContactsDocument,
  RateLimitCreateContactDocument,
  RateLimitMeDocument,
} from '../generated/operations/graphql.js';
import { findRedisServer, freePort, startRedisServer, type RedisServer } from './redis-server.js';

/** A response as the HTTP client sees it: status, headers and the body's errors and extensions. */
interface RawResponse {
  status: number;
  headers: Headers;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: { cost?: { requestedQueryCost?: number; actualQueryCost?: number; throttleStatus?: ThrottleStatus } };
}

interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

async function send<R, V>(
  url: string,
  authorization: string,
  document: TypedDocumentNode<R, V>,
  variables?: V,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${authorization}`, ...headers },
    // By manifest id, as partners do: API keys may run only trusted documents (README "Trusted documents").
    body: JSON.stringify({ documentId: documentIdOf(document), variables }),
  });
  return { status: response.status, headers: response.headers, ...((await response.json()) as object) };
}

const throttle = (response: RawResponse) => response.extensions?.cost?.throttleStatus;

/** A key of the tenants' organization (created by its ADMIN); its secret. */
async function newKey(tenants: Tenants): Promise<string> {
  const response = await tenants.asAdmin.query(ApiKeyCreateDocument, { input: { name: 'Partner sync', role: 'MEMBER' } });
  expect(response.errors).toBeUndefined();
  return response.data!.createApiKey.secret;
}

/** `count` contacts in the actor's organization, so that listing them costs what it requested (no refund). */
async function addContacts(actor: Actor, count: number) {
  for (let i = 0; i < count; i += 1) {
    const response = await actor.query(RateLimitCreateContactDocument, { input: { firstName: 'Rate', lastName: `Limit ${i}` } });
    expect(response.errors).toBeUndefined();
  }
}

// contacts(first: 10) over 10 contacts: requested = actual (connection, 10 edges, 10 nodes).
const TEN = { first: 10 };

describe('rate-limit settings', () => {
  it("default the issue's key bucket, and user and organization buckets that hold any operation the cost limit accepts", () => {
    const defaults = rateLimitSettingsFromConfig(loadConfig({}));
    expect(defaults).toEqual({
      apiKey: { capacity: 1_000, refillPerSecond: 50 },
      user: { capacity: 50_000, refillPerSecond: 2_500 },
      organization: { capacity: 250_000, refillPerSecond: 12_500 },
    });
    const costly = rateLimitSettingsFromConfig(loadConfig({ LIMIT_MAX_COST: '300000' }));
    expect([costly.user.capacity, costly.organization.capacity]).toEqual([300_000, 300_000]);
    const set = rateLimitSettingsFromConfig(loadConfig({ LIMIT_MAX_COST: '300000', RATE_LIMIT_USER_CAPACITY: '10' }));
    expect(set.user.capacity).toBe(10);
  });

  it('RATE_LIMIT_ENABLED=false turns them off', async () => {
    expect(await createRateLimiter(loadConfig({ RATE_LIMIT_ENABLED: 'false' }), pino({ level: 'silent' }))).toBeNull();
    expect(() => loadConfig({ RATE_LIMIT_ENABLED: 'no' })).toThrow(/RATE_LIMIT_ENABLED/);
  });
});

describe('rate limits by cost (memory store)', () => {
  let tenants: Tenants;
  let cost: number;

  beforeAll(async () => {
    tenants = await startTenants('RateLimits', {
      captureLogs: true,
      env: {
        RATE_LIMIT_KEY_CAPACITY: '50',
        RATE_LIMIT_KEY_REFILL_PER_SECOND: '5',
        RATE_LIMIT_USER_CAPACITY: '1000',
        RATE_LIMIT_USER_REFILL_PER_SECOND: '1',
        RATE_LIMIT_ORGANIZATION_CAPACITY: '100000',
        RATE_LIMIT_ORGANIZATION_REFILL_PER_SECOND: '1000',
      },
    });
    await addContacts(tenants.asAdmin, 10);
    const probe = await tenants.asMember.query(RateLimitContactsDocument, TEN);
    expect(probe.errors).toBeUndefined();
    const measured = await send(tenants.app.url, tenants.asMember.token, RateLimitContactsDocument, TEN, {
      'x-organization-id': tenants.org.id,
    });
    cost = measured.extensions!.cost!.requestedQueryCost!;
    expect(measured.extensions!.cost!.actualQueryCost).toBe(cost);
    // Two such queries fit a key's 50 points, a third does not (until about 3 s of refill).
    expect(cost * 2).toBeLessThanOrEqual(50);
    expect(cost * 3).toBeGreaterThan(50);
  });
  afterAll(async () => {
    await tenants?.app.close();
  });

  it("drains an API key's bucket: HTTP 429, Retry-After and RATE_LIMITED; after Retry-After it succeeds", async () => {
    const secret = await newKey(tenants);
    const first = await send(tenants.app.url, secret, RateLimitContactsDocument, TEN);
    const second = await send(tenants.app.url, secret, RateLimitContactsDocument, TEN);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(throttle(first)).toEqual({ maximumAvailable: 50, currentlyAvailable: 50 - cost, restoreRate: 5 });
    const refused = await send(tenants.app.url, secret, RateLimitContactsDocument, TEN);
    expect(refused.status).toBe(429);
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(Math.ceil(cost / 5));
    expect(refused.errors![0]!.extensions!.retryAfter).toBe(retryAfter);
    // The refusal reports the bucket that refused it, too.
    expect(throttle(refused)!.maximumAvailable).toBe(50);
    expect(throttle(refused)!.currentlyAvailable).toBeLessThan(cost);
    // A well-behaved client waits as told, and then its request goes through.
    await sleep(retryAfter * 1000);
    const retried = await send(tenants.app.url, secret, RateLimitContactsDocument, TEN);
    expect(retried.status).toBe(200);
    expect(retried.errors).toBeUndefined();
  });

  it('reports throttleStatus on every response, the tightest bucket (a key, a user)', async () => {
    const secret = await newKey(tenants);
    const byKey = await send(tenants.app.url, secret, RateLimitMeDocument);
    expect(throttle(byKey)).toEqual({ maximumAvailable: 50, currentlyAvailable: expect.any(Number), restoreRate: 5 });
    const byUser = await send(tenants.app.url, tenants.asViewer.token, RateLimitMeDocument);
    expect(throttle(byUser)).toEqual({ maximumAvailable: 1000, currentlyAvailable: expect.any(Number), restoreRate: 1 });
  });

  it('gives back what an operation did not use: first: 100 over an empty list costs its one connection', async () => {
    const empty = await createOrganization(tenants.app, 'RateLimitsEmpty');
    const owner = empty.owner.inOrg(empty.id);
    const before = throttle(await send(tenants.app.url, owner.token, RateLimitMeDocument, undefined, { 'x-organization-id': empty.id }))!;
    const first = await send(tenants.app.url, owner.token, RateLimitContactsDocument, { first: 100 }, { 'x-organization-id': empty.id });
    const { requestedQueryCost, actualQueryCost } = first.extensions!.cost!;
    expect(requestedQueryCost).toBeGreaterThan(100);
    expect(actualQueryCost).toBe(1);
    // Charged the requested cost before it ran, given back all but the actual cost after.
    expect(throttle(first)!.currentlyAvailable).toBeGreaterThanOrEqual(before.currentlyAvailable - 2);
    // The bucket itself got the points back: the next charge starts from the refunded level.
    const second = await send(tenants.app.url, owner.token, RateLimitContactsDocument, { first: 100 }, { 'x-organization-id': empty.id });
    expect(throttle(second)!.currentlyAvailable).toBeGreaterThanOrEqual(before.currentlyAvailable - 4);
  });

  it('keeps separate buckets for a key and for users: a drained key does not throttle its creator or another key', async () => {
    const drained = await newKey(tenants);
    const other = await newKey(tenants);
    let status = 200;
    while (status === 200) status = (await send(tenants.app.url, drained, RateLimitContactsDocument, TEN)).status;
    expect(status).toBe(429);
    const admin = await send(tenants.app.url, tenants.asAdmin.token, RateLimitContactsDocument, TEN, {
      'x-organization-id': tenants.org.id,
    });
    expect(admin.status).toBe(200);
    expect(throttle(admin)!.maximumAvailable).toBe(1000);
    const otherKey = await send(tenants.app.url, other, RateLimitContactsDocument, TEN);
    expect(otherKey.status).toBe(200);
    expect(throttle(otherKey)!.currentlyAvailable).toBe(50 - cost);
  });

  it('answers an operation that costs more than the bucket holds with a cost limit, not a Retry-After that never works', async () => {
    const secret = await newKey(tenants);
    const response = await send(tenants.app.url, secret, RateLimitContactsDocument, { first: 100 });
    expect(response.status).toBe(400);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'cost', maximum: 50 });
    expect(response.errors![0]!.message).toMatch(/rate-limit bucket of an API key holds/);
  });

  it('lets a browser read Retry-After (CORS exposes it)', async () => {
    const response = await fetch(tenants.app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://app.example.test' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('access-control-expose-headers')?.split(',')).toContain('retry-after');
  });

  it('never logs an API key secret', async () => {
    const secret = await newKey(tenants);
    await send(tenants.app.url, secret, RateLimitMeDocument);
    expect(tenants.app.logs.text()).not.toContain(secret);
  });
});

describe('organization buckets', () => {
  let tenants: Tenants;

  beforeAll(async () => {
    tenants = await startTenants('RateLimitOrgs', {
      env: {
        RATE_LIMIT_USER_CAPACITY: '100000',
        RATE_LIMIT_USER_REFILL_PER_SECOND: '1000',
        RATE_LIMIT_ORGANIZATION_CAPACITY: '300',
        RATE_LIMIT_ORGANIZATION_REFILL_PER_SECOND: '1',
      },
    });
  });
  afterAll(async () => {
    await tenants?.app.close();
  });

  it('charges an organization for its members only: an outsider naming it drains nothing', async () => {
    const orgHeader = { 'x-organization-id': tenants.org.id };
    // Someone signed in but no member floods with the organization's id: refused, and free for it.
    for (let i = 0; i < 5; i += 1) {
      const response = await send(tenants.app.url, tenants.asOutsider.token, RateLimitContactsDocument, { first: 100 }, orgHeader);
      expect(response.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
    // A member's first request verifies the membership; from the second on, the organization's
    // bucket (the tightest here) is charged before the operation runs and reported.
    await send(tenants.app.url, tenants.asMember.token, RateLimitMeDocument, undefined, orgHeader);
    const member = await send(tenants.app.url, tenants.asMember.token, RateLimitMeDocument, undefined, orgHeader);
    expect(throttle(member)!.maximumAvailable).toBe(300);
    // Setting up the organization spent a few points; one outsider request would have taken 201.
    expect(throttle(member)!.currentlyAvailable).toBeGreaterThan(300 - 100);
    // Members do spend it: three operations that may cost 201 each at once exceed its 300 points
    // (each is charged its requested cost before it runs), whoever of the members sends them.
    await send(tenants.app.url, tenants.asAdmin.token, RateLimitMeDocument, undefined, orgHeader);
    const burst = await Promise.all([
      send(tenants.app.url, tenants.asMember.token, RateLimitContactsDocument, { first: 100 }, orgHeader),
      send(tenants.app.url, tenants.asAdmin.token, RateLimitContactsDocument, { first: 100 }, orgHeader),
      send(tenants.app.url, tenants.asMember.token, RateLimitContactsDocument, { first: 100 }, orgHeader),
    ]);
    expect(burst.map((response) => response.status)).toContain(429);
    expect(burst.map((response) => response.status)).toContain(200);
  });
});

describe('rate limits with Redis', () => {
  const binary = findRedisServer();
  if (!binary && process.env.CI === 'true') {
    it('needs redis-server (CI installs the Debian package in .ci/run)', () => {
      throw new Error('redis-server not found: install the Debian package `redis-server` (or set REDIS_SERVER_BIN)');
    });
    return;
  }
  const describeWithRedis = binary ? describe : describe.skip;

  describeWithRedis('two API processes sharing one redis-server', () => {
    let redis: RedisServer;
    let tenants: Tenants;
    let second: AppServer;
    let secondUrl: string;
    let cost: number;
    const env = {
      RATE_LIMIT_KEY_CAPACITY: '50',
      RATE_LIMIT_KEY_REFILL_PER_SECOND: '5',
    };

    beforeAll(async () => {
      redis = await startRedisServer(binary);
      tenants = await startTenants('RateLimitRedis', { env: { ...env, REDIS_URL: redis.url } });
      // A second server (another API process) on the same database and the same Redis.
      const config = loadConfig({
        NODE_ENV: 'test',
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATABASE_URL: tenants.app.databaseUrl,
        LOG_LEVEL: 'silent',
        REDIS_URL: redis.url,
        ...env,
      });
      second = await createServer({
        config,
        database: tenants.app.database,
        logger: pino({ level: 'silent' }),
        trustedDocuments: testTrustedDocuments(),
      });
      secondUrl = `http://127.0.0.1:${await second.listen(0, '127.0.0.1')}/graphql`;
      await addContacts(tenants.asAdmin, 10);
      const probe = await send(tenants.app.url, tenants.asMember.token, RateLimitContactsDocument, TEN, {
        'x-organization-id': tenants.org.id,
      });
      cost = probe.extensions!.cost!.requestedQueryCost!;
    });
    afterAll(async () => {
      await second?.stop();
      await tenants?.app.close();
      await redis?.stop();
    });

    it("share a key's bucket: what one spends, the other cannot", async () => {
      const secret = await newKey(tenants);
      const first = await send(tenants.app.url, secret, RateLimitContactsDocument, TEN);
      const second = await send(secondUrl, secret, RateLimitContactsDocument, TEN);
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(throttle(second)!.currentlyAvailable).toBeLessThanOrEqual(50 - 2 * cost + 2);
      // Each process alone would still have 50 - cost points; together they have spent 2 × cost.
      const third = await send(tenants.app.url, secret, RateLimitContactsDocument, TEN);
      expect(third.status).toBe(429);
      expect(third.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    });

    it('refunds in Redis too', async () => {
      const empty = await createOrganization(tenants.app, 'RateLimitRedisEmpty');
      const headers = { 'x-organization-id': empty.id };
      const responses = [];
      for (let i = 0; i < 3; i += 1)
        responses.push(await send(secondUrl, empty.owner.token, RateLimitContactsDocument, { first: 100 }, headers));
      const levels = responses.map((response) => throttle(response)!.currentlyAvailable);
      expect(responses.map((response) => response.extensions!.cost!.actualQueryCost)).toEqual([1, 1, 1]);
      // Without the refund each would take 200 points.
      expect(levels[0]! - levels[2]!).toBeLessThanOrEqual(4);
    });
  });

  describeWithRedis('Redis unreachable', () => {
    let tenants: Tenants;

    beforeAll(async () => {
      // A port nobody listens on: Redis is down from the start.
      const port = await freePort();
      tenants = await startTenants('RateLimitRedisDown', {
        captureLogs: true,
        env: { REDIS_URL: `redis://:not-a-real-password@127.0.0.1:${port}`, RATE_LIMIT_KEY_CAPACITY: '50' },
      });
    });
    afterAll(async () => {
      await tenants?.app.close();
    });

    const failures = async () => {
      const metrics = await (await fetch(tenants.app.url.replace('/graphql', '/metrics'))).text();
      const line = metrics.split('\n').find((text) => text.startsWith('clientflow_rate_limit_store_failures_total{store="redis"}'));
      return line ? Number(line.split(' ').pop()) : 0;
    };

    it('serves requests (fail open), logs the outage once without secrets, and counts each unlimited request', async () => {
      const secret = await newKey(tenants);
      const before = await failures();
      for (let i = 0; i < 3; i += 1) {
        const response = await send(tenants.app.url, secret, RateLimitContactsDocument, { first: 10 });
        expect(response.status).toBe(200);
        expect(response.errors).toBeUndefined();
        expect(throttle(response)).toBeUndefined();
      }
      expect(await failures()).toBeGreaterThanOrEqual(before + 3);
      const outages = tenants.app.logs.entries().filter((line) => line.msg.startsWith('rate-limit store unavailable'));
      expect(outages).toHaveLength(1);
      expect(tenants.app.logs.text()).not.toContain('not-a-real-password');
      expect(tenants.app.logs.text()).not.toContain(secret);
    });
  });
});
