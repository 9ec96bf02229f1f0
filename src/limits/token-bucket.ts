import { LRUCache } from 'lru-cache';
import type { ClientContext, Redis, Result } from 'ioredis';

/**
 * Token buckets for the cost-based rate limits (README "Rate limits"). A bucket holds up to
 * `capacity` points and refills continuously at `refillPerSecond`; an operation takes its
 * worst-case cost before it runs and gets back what it did not use afterwards (Shopify's model).
 *
 * rate-limiter-flexible was evaluated first: its limiters count `points` per fixed `duration`
 * window (consume/reward), which lets a caller spend twice the budget across a window boundary
 * and has no continuously refilling level to report as throttleStatus.currentlyAvailable. So the
 * arithmetic below is our own (a dozen lines, the same in TypeScript and in the Redis script);
 * the stores are lru-cache (bounded memory) and ioredis.
 */
export interface BucketSpec {
  capacity: number;
  refillPerSecond: number;
}

/** One bucket touched by an operation: its store key, its size, and the points to take (or to add back). */
export interface BucketCharge extends BucketSpec {
  key: string;
  points: number;
}

export interface BucketOutcome {
  /** Whether every bucket had room (take) — always true for adjust. */
  ok: boolean;
  /** When refused: milliseconds until every bucket holds its charge. */
  waitMs: number;
  /** Each bucket's level after the operation (before it, when refused), in the order given. */
  levels: number[];
}

export interface BucketStore {
  readonly kind: 'memory' | 'redis';
  /** Takes `points` from every bucket, or from none when one of them lacks them. */
  take(charges: BucketCharge[]): Promise<BucketOutcome>;
  /**
   * Adds `points` to every bucket (negative: takes them even when that leaves the bucket below
   * zero, down to -capacity — a cost found only after the operation ran). Never above capacity.
   */
  adjust(charges: BucketCharge[]): Promise<BucketOutcome>;
  close(): Promise<void>;
}

interface BucketState {
  level: number;
  /** Milliseconds (the store's clock) of the last change. */
  at: number;
}

/** The level of a bucket at `now`: its last level plus the refill since, capped at capacity (a new bucket is full). */
export function levelAt(state: BucketState | undefined, spec: BucketSpec, now: number): number {
  if (!state) return spec.capacity;
  return Math.min(spec.capacity, state.level + (Math.max(0, now - state.at) * spec.refillPerSecond) / 1000);
}

/** Milliseconds until a bucket at `level` holds `points`. */
export const waitFor = (level: number, points: number, spec: BucketSpec) =>
  level >= points ? 0 : Math.ceil(((points - level) * 1000) / spec.refillPerSecond);

/** Milliseconds until a bucket at `level` is full again: after that its state is the same as none. */
const untilFull = (level: number, spec: BucketSpec) => Math.ceil(((spec.capacity - level) * 1000) / spec.refillPerSecond);

/**
 * Buckets in this process, for a single API process. Bounded: past `maxBuckets` the least
 * recently used is dropped (a dropped bucket starts full again); a full bucket expires on its own.
 */
export class MemoryBucketStore implements BucketStore {
  readonly kind = 'memory';
  private readonly buckets: LRUCache<string, BucketState>;

  constructor(maxBuckets = 100_000) {
    this.buckets = new LRUCache<string, BucketState>({ max: maxBuckets, ttlAutopurge: false });
  }

  async take(charges: BucketCharge[]): Promise<BucketOutcome> {
    const now = Date.now();
    const levels = charges.map((charge) => levelAt(this.buckets.get(charge.key), charge, now));
    const waitMs = Math.max(0, ...charges.map((charge, i) => waitFor(levels[i]!, charge.points, charge)));
    if (waitMs > 0) return { ok: false, waitMs, levels };
    return { ok: true, waitMs: 0, levels: charges.map((charge, i) => this.store(charge, levels[i]! - charge.points, now)) };
  }

  async adjust(charges: BucketCharge[]): Promise<BucketOutcome> {
    const now = Date.now();
    const levels = charges.map((charge) => {
      const level = levelAt(this.buckets.get(charge.key), charge, now) + charge.points;
      return this.store(charge, Math.max(-charge.capacity, Math.min(charge.capacity, level)), now);
    });
    return { ok: true, waitMs: 0, levels };
  }

  private store(spec: BucketCharge, level: number, now: number): number {
    const ttl = untilFull(level, spec);
    if (ttl <= 0) this.buckets.delete(spec.key);
    else this.buckets.set(spec.key, { level, at: now }, { ttl });
    return level;
  }

  async close(): Promise<void> {
    this.buckets.clear();
  }
}

/**
 * The same arithmetic in one Lua script, so that several API processes share the buckets and a
 * charge is atomic across them (refill, check every bucket, take from all or none). Redis's own
 * clock (TIME) is the only clock, so the API processes' clocks do not matter. Each bucket is a
 * hash { l: level, t: ms } that expires once it would be full again.
 * ARGV: mode ('take' | 'adjust'), then capacity, refill per second and points for each key.
 * Returns { ok, waitMs, level... } (levels as strings: Redis truncates Lua numbers to integers).
 */
const BUCKET_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local adjust = ARGV[1] == 'adjust'
local levels = {}
local ok = 1
local wait = 0
for i = 1, #KEYS do
  local capacity = tonumber(ARGV[3 * i - 1])
  local rate = tonumber(ARGV[3 * i])
  local points = tonumber(ARGV[3 * i + 1])
  local state = redis.call('HMGET', KEYS[i], 'l', 't')
  local level = capacity
  if state[1] then
    level = math.min(capacity, tonumber(state[1]) + math.max(0, now - tonumber(state[2])) * rate / 1000)
  end
  levels[i] = level
  if not adjust and level < points then
    ok = 0
    local w = math.ceil((points - level) * 1000 / rate)
    if w > wait then wait = w end
  end
end
if ok == 1 then
  for i = 1, #KEYS do
    local capacity = tonumber(ARGV[3 * i - 1])
    local rate = tonumber(ARGV[3 * i])
    local points = tonumber(ARGV[3 * i + 1])
    local level
    if adjust then
      level = math.max(-capacity, math.min(capacity, levels[i] + points))
    else
      level = levels[i] - points
    end
    levels[i] = level
    local ttl = math.ceil((capacity - level) * 1000 / rate)
    if ttl <= 0 then
      redis.call('DEL', KEYS[i])
    else
      redis.call('HSET', KEYS[i], 'l', tostring(level), 't', tostring(now))
      redis.call('PEXPIRE', KEYS[i], ttl)
    end
  end
end
local out = { ok, wait }
for i = 1, #KEYS do out[i + 2] = tostring(levels[i]) end
return out
`;

type BucketReply = [number, number, ...string[]];

declare module 'ioredis' {
  interface RedisCommander<Context extends ClientContext> {
    clientflowBucket(numberOfKeys: number, ...args: (string | number)[]): Result<BucketReply, Context>;
  }
}

/** Buckets in Redis (REDIS_URL), shared by every API process that uses the same Redis. */
export class RedisBucketStore implements BucketStore {
  readonly kind = 'redis';

  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'clientflow:rate-limit:',
  ) {
    // EVALSHA with a fallback to EVAL: the script is sent once per connection, then by its digest.
    redis.defineCommand('clientflowBucket', { lua: BUCKET_SCRIPT });
  }

  take(charges: BucketCharge[]): Promise<BucketOutcome> {
    return this.run('take', charges);
  }

  adjust(charges: BucketCharge[]): Promise<BucketOutcome> {
    return this.run('adjust', charges);
  }

  private async run(mode: 'take' | 'adjust', charges: BucketCharge[]): Promise<BucketOutcome> {
    const args: (string | number)[] = charges.map((charge) => this.prefix + charge.key);
    args.push(mode);
    for (const charge of charges) args.push(charge.capacity, charge.refillPerSecond, charge.points);
    const [ok, waitMs, ...levels] = await this.redis.clientflowBucket(charges.length, ...args);
    return { ok: ok === 1, waitMs, levels: levels.map(Number) };
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
