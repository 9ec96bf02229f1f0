// npm run bench:rate-limit-overhead
// What the cost-based rate limits (README "Rate limits") add per request: one charge before the
// operation runs plus its settlement (the refund) after, through RateLimiter as the server calls
// it, for an API key (SHA-256 of the secret) and for a user (the JWT's subject). In-process, no
// HTTP and no database; the Redis store against a real redis-server on loopback (Debian's).
// Median of 5 rounds; sequential calls measure the latency one request sees, 16 concurrent
// callers the throughput one process gets.
import { performance } from 'node:perf_hooks';
import { HeaderMap } from '@apollo/server';
import pino from 'pino';
import { signAccessToken } from '../src/auth/jwt.js';
import { newApiKeySecret } from '../src/auth/api-key-secret.js';
import { loadConfig } from '../src/config.js';
import type { Context } from '../src/context/index.js';
import { createRateLimiter, type RateLimiter } from '../src/limits/rate-limit.js';
import { startRedisServer } from '../tests/limits/redis-server.js';

const logger = pino({ level: 'silent' });
// Large buckets: measure charging, not refusing.
const env = {
  RATE_LIMIT_KEY_CAPACITY: '100000000',
  RATE_LIMIT_KEY_REFILL_PER_SECOND: '10000000',
  RATE_LIMIT_USER_CAPACITY: '100000000',
  RATE_LIMIT_USER_REFILL_PER_SECOND: '10000000',
};
const context = { orgId: null } as Pick<Context, 'orgId'>;

async function perRequest(limiter: RateLimiter, headers: HeaderMap, calls: number, concurrency: number): Promise<number> {
  const rounds: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < calls) {
          next += 1;
          const outcome = await limiter.charge(headers, 21);
          if (!outcome || !('charged' in outcome)) throw new Error('not charged');
          limiter.settle(outcome.charged, 11, context as Context);
        }
      }),
    );
    rounds.push(((performance.now() - started) * 1000) / calls);
  }
  return rounds.sort((a, b) => a - b)[2]!;
}

const keyHeaders = new HeaderMap([['authorization', `Bearer ${newApiKeySecret().secret}`]]);
const userHeaders = new HeaderMap([
  ['authorization', `Bearer ${await signAccessToken('bench-secret-that-is-long-enough-0123456789', { sub: 'bench|user' })}`],
]);

const rows: string[] = [];
const measure = async (store: string, limiter: RateLimiter, calls: number) => {
  for (const [who, headers] of [
    ['API key', keyHeaders],
    ['user', userHeaders],
  ] as const) {
    await perRequest(limiter, headers, Math.min(calls, 1_000), 1); // warm-up
    const sequential = await perRequest(limiter, headers, calls, 1);
    const concurrent = await perRequest(limiter, headers, calls, 16);
    rows.push(`| ${store} | ${who} | ${sequential.toFixed(1)} | ${concurrent.toFixed(1)} |`);
  }
};

const memory = (await createRateLimiter(loadConfig(env), logger))!;
await measure('memory', memory, 50_000);
await memory.close();

const redisServer = await startRedisServer();
try {
  const redis = (await createRateLimiter(loadConfig({ ...env, REDIS_URL: redisServer.url }), logger))!;
  await measure('redis', redis, 5_000);
  await redis.close();
} finally {
  await redisServer.stop();
}

console.log('| store | principal | µs per request, sequential | µs per request, 16 concurrent |');
console.log('|---|---|---|---|');
for (const row of rows) console.log(row);
