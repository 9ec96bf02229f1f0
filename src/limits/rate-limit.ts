import type { HeaderMap } from '@apollo/server';
import { Redis } from 'ioredis';
import { decodeJwt } from 'jose';
import type { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { hashApiKeySecret, isApiKeySecret } from '../auth/api-key-secret.js';
import type { Config } from '../config.js';
import type { Context } from '../context/index.js';
import { rateLimitStoreFailures } from '../observability/metrics.js';
import { ClientFlowError, ErrorCode } from '../schema/errors.js';
import { operationLimitExceeded } from './errors.js';
import { MemoryBucketStore, RedisBucketStore, type BucketCharge, type BucketSpec, type BucketStore } from './token-bucket.js';

/** The three kinds of principal that have a bucket each (README "Rate limits"). */
export type PrincipalKind = 'apiKey' | 'user' | 'organization';

export type RateLimitSettings = Record<PrincipalKind, BucketSpec>;

export function rateLimitSettingsFromConfig(config: Config): RateLimitSettings {
  return {
    apiKey: { capacity: config.RATE_LIMIT_KEY_CAPACITY, refillPerSecond: config.RATE_LIMIT_KEY_REFILL_PER_SECOND },
    // Unset, a user's and an organization's buckets hold at least one operation at the cost limit.
    user: {
      capacity: config.RATE_LIMIT_USER_CAPACITY ?? Math.max(50_000, config.LIMIT_MAX_COST),
      refillPerSecond: config.RATE_LIMIT_USER_REFILL_PER_SECOND,
    },
    organization: {
      capacity: config.RATE_LIMIT_ORGANIZATION_CAPACITY ?? Math.max(250_000, config.LIMIT_MAX_COST),
      refillPerSecond: config.RATE_LIMIT_ORGANIZATION_REFILL_PER_SECOND,
    },
  };
}

/** extensions.cost.throttleStatus, as Shopify reports it: the tightest of the request's buckets. */
export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

/** RATE_LIMITED (HTTP 429): the bucket lacks the operation's cost now; Retry-After says when it will hold it. */
export function rateLimited(retryAfterSeconds: number, requested: number) {
  return new ClientFlowError(
    ErrorCode.RATE_LIMITED,
    `Rate limited: this operation may cost ${requested} points and the budget holds fewer now; retry after ${retryAfterSeconds} s`,
    { retryAfter: retryAfterSeconds, requestedQueryCost: requested },
    { 'retry-after': String(retryAfterSeconds) },
  );
}

/**
 * An operation that costs more than a bucket can ever hold: waiting would not help, so it is an
 * operation limit (OPERATION_LIMIT_EXCEEDED, HTTP 400, limit "cost" with the bucket's size as
 * maximum), not a 429 inviting a retry that never succeeds.
 */
export function costOverBucket(requested: number, kind: PrincipalKind, capacity: number) {
  const who = kind === 'apiKey' ? 'an API key' : kind === 'user' ? 'a user' : 'an organization';
  return operationLimitExceeded(
    'cost',
    capacity,
    requested,
    `The operation may cost ${requested} points, more than the ${capacity} that the rate-limit bucket of ${who} holds: ask for smaller pages or fewer nested lists`,
  );
}

interface Principal {
  kind: PrincipalKind;
  /** The bucket's key: never a secret (an API key's bucket is keyed by the secret's SHA-256). */
  key: string;
}

/** What one request charged, carried from didResolveOperation to willSendResponse. */
export interface RateLimitCharge {
  principal: Principal;
  /** The organization charged before execution (a membership verified by an earlier request), if any. */
  prepaidOrg: string | null;
  requested: number;
  charges: BucketCharge[];
  levels: number[];
  /** The organization header as sent, to remember a verified membership by. */
  orgHeader: string | null;
}

const header = (headers: HeaderMap | undefined, name: string) => headers?.get(name)?.trim() || null;

/**
 * The principal of a request from its headers, once createContext accepted them (a bearer JWT
 * it verified, or a `cf_` secret it will look up): null for anonymous requests, which every root
 * field refuses before touching anything.
 */
function principalOf(headers: HeaderMap | undefined): Principal | null {
  const token = /^Bearer\s+(\S+)$/i.exec(header(headers, 'authorization') ?? '')?.[1];
  if (!token) return null;
  if (isApiKeySecret(token)) return { kind: 'apiKey', key: `key:${hashApiKeySecret(token).toString('base64url')}` };
  const subject = decodeJwt(token).sub;
  return subject ? { kind: 'user', key: `user:${subject}` } : null;
}

/**
 * Charges each request's principal (API key or user) and organization with the operation's
 * worst-case cost before it runs, refunds the unused part after, and reports the tightest
 * bucket (README "Rate limits"). An organization is charged only for a membership verified by
 * the request transaction: before execution when an earlier request verified it, otherwise
 * after execution once this one has — so nobody can drain another organization's bucket by
 * naming it in X-Organization-Id. The store is Redis when REDIS_URL is set (shared by every
 * API process), memory otherwise; when Redis fails, requests are served unlimited (fail open),
 * logged once per outage and counted in clientflow_rate_limit_store_failures_total.
 */
export class RateLimiter {
  /** `${principal}\0${orgHeader}` → organization id, for memberships the transaction verified (as TenantSlots does). */
  private readonly memberships = new LRUCache<string, string>({ max: 100_000, ttl: 10 * 60_000 });
  private storeAvailable = true;

  constructor(
    private readonly store: BucketStore,
    private readonly settings: RateLimitSettings,
    private readonly logger: Logger,
  ) {}

  get storeKind() {
    return this.store.kind;
  }

  private bucket(kind: PrincipalKind, key: string, points: number): BucketCharge {
    return { key, points, ...this.settings[kind] };
  }

  /**
   * Takes `requested` points from the request's buckets, or answers the RATE_LIMITED error to
   * throw and the state to report. Undefined when nothing was charged (anonymous, or the store
   * failed: fail open).
   */
  async charge(
    headers: HeaderMap | undefined,
    requested: number,
  ): Promise<{ charged: RateLimitCharge } | { refused: GraphQLError; throttleStatus?: ThrottleStatus } | undefined> {
    const principal = principalOf(headers);
    if (!principal) return undefined;
    const orgHeader = header(headers, 'x-organization-id');
    const prepaidOrg = this.memberships.get(`${principal.key}\u0000${orgHeader ?? ''}`) ?? null;
    const charges = [this.bucket(principal.kind, principal.key, requested)];
    if (prepaidOrg) charges.push(this.bucket('organization', `org:${prepaidOrg}`, requested));
    for (const [i, charge] of charges.entries()) {
      if (requested > charge.capacity)
        return { refused: costOverBucket(requested, i === 0 ? principal.kind : 'organization', charge.capacity) };
    }
    const outcome = await this.guard(() => this.store.take(charges));
    if (!outcome) return undefined;
    const states = charges.map((spec, i) => ({ spec, level: outcome.levels[i]! }));
    if (!outcome.ok) {
      return { refused: rateLimited(Math.max(1, Math.ceil(outcome.waitMs / 1000)), requested), throttleStatus: tightest(states) };
    }
    return { charged: { principal, prepaidOrg, requested, charges, levels: outcome.levels, orgHeader } };
  }

  /**
   * After execution: refunds what the operation did not use, charges a newly verified
   * organization its actual cost, remembers (or forgets) the membership, and returns the
   * tightest bucket's state to report.
   */
  settle(charged: RateLimitCharge, actual: number, context: Context): ThrottleStatus {
    const { principal, prepaidOrg, requested, orgHeader } = charged;
    const refund = Math.max(0, requested - actual);
    const adjustments = charged.charges.map((charge) => ({ ...charge, points: refund }));
    const memberKey = `${principal.key}\u0000${orgHeader ?? ''}`;
    const verifiedOrg = context.orgId;
    if (prepaidOrg && verifiedOrg !== prepaidOrg) {
      // The membership is gone (or the key now acts for none): give the organization its points back.
      this.memberships.delete(memberKey);
      adjustments[1] = { ...adjustments[1]!, points: requested };
    }
    if (verifiedOrg && verifiedOrg !== prepaidOrg) {
      this.memberships.set(memberKey, verifiedOrg);
      // Verified only now: the organization pays what the operation used, after the fact.
      adjustments.push(this.bucket('organization', `org:${verifiedOrg}`, -actual));
    }
    const changed = adjustments.filter((charge) => charge.points !== 0);
    if (changed.length > 0) void this.guard(() => this.store.adjust(changed));
    // Reported from what this request knows (its charge, then its own adjustment): the store's
    // adjustment runs after the response on the same connection, before this client's next charge.
    // (An organization verified only now is charged after the fact and not reported until its next request.)
    return tightest(
      charged.charges.map((charge, i) => ({
        spec: charge,
        level: Math.min(charge.capacity, charged.levels[i]! + adjustments[i]!.points),
      })),
    );
  }

  /** Runs a store operation; on failure serves the request unlimited, counts it, and logs once per outage. */
  private async guard<T>(operation: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await operation();
      if (!this.storeAvailable) {
        this.storeAvailable = true;
        this.logger.info({ store: this.store.kind }, 'rate-limit store reachable again: rate limits apply');
      }
      return result;
    } catch (error) {
      rateLimitStoreFailures.inc({ store: this.store.kind });
      this.storeFailed(error);
      return undefined;
    }
  }

  /** Notes an outage of the store (a failed operation, or the client's own connection error): logged once until it works again. */
  storeFailed(error: unknown): void {
    if (!this.storeAvailable) return;
    this.storeAvailable = false;
    // The error's name and message only (a connection error names host and port, never the URL's password).
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
    this.logger.warn({ store: this.store.kind, reason }, 'rate-limit store unavailable: serving requests without rate limits');
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/** The bucket with the fewest points left (the one that will refuse first). */
function tightest(states: { spec: BucketSpec; level: number }[]): ThrottleStatus {
  const [first] = [...states].sort((a, b) => a.level - b.level);
  return {
    maximumAvailable: first!.spec.capacity,
    currentlyAvailable: Math.floor(first!.level),
    restoreRate: first!.spec.refillPerSecond,
  };
}

/** How long to wait for Redis at start-up before serving (unlimited, then) anyway. */
const REDIS_READY_TIMEOUT_MS = 2_000;

/**
 * The rate limiter of RATE_LIMIT_* and REDIS_URL, or null when RATE_LIMIT_ENABLED=false. With
 * REDIS_URL, commands fail at once while Redis is unreachable (no offline queue, a short
 * timeout) so a Redis outage costs requests nothing but their limits.
 */
export async function createRateLimiter(config: Config, logger: Logger): Promise<RateLimiter | null> {
  if (!config.RATE_LIMIT_ENABLED) return null;
  const settings = rateLimitSettingsFromConfig(config);
  if (!config.REDIS_URL) return new RateLimiter(new MemoryBucketStore(), settings, logger);
  const redis = new Redis(config.REDIS_URL, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 250,
    connectTimeout: 1_000,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
  });
  const limiter = new RateLimiter(new RedisBucketStore(redis), settings, logger);
  // Without a listener ioredis prints every reconnection failure; the limiter logs once per outage.
  redis.on('error', (error: unknown) => limiter.storeFailed(error));
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, REDIS_READY_TIMEOUT_MS);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return limiter;
}
