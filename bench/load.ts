import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  firstError?: string;
}

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

export function summarize(latencies: number[], errors: number, seconds: number, firstError?: string): LoadResult {
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    errors,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    firstError,
  };
}

/**
 * Closed-loop load: `concurrency` workers each send their next request as soon as the previous
 * one answered, until `seconds` have passed. Latency is measured per request, end to end.
 */
export async function runClosedLoop(
  concurrency: number,
  seconds: number,
  task: (n: number) => Promise<string | null>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let counter = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const n = counter++;
      const begin = performance.now();
      let problem: string | null;
      try {
        problem = await task(n);
      } catch (error) {
        problem = String(error);
      }
      latencies.push(performance.now() - begin);
      if (problem) {
        errors += 1;
        firstError ??= problem;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return summarize(latencies, errors, (performance.now() - started) / 1000, firstError);
}

/** A keep-alive HTTP client for the GraphQL endpoint; returns an error text or null. */
export function graphqlPoster(url: string, headers: Record<string, string>, concurrency: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(url);
  return (body: unknown): Promise<string | null> =>
    new Promise((resolve, reject) => {
      const payload = JSON.stringify(body);
      const request = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            // A substring check keeps the load generator's own CPU cost low.
            resolve(response.statusCode !== 200 || text.includes('"errors":') ? `${response.statusCode} ${text.slice(0, 300)}` : null);
          });
        },
      );
      request.on('error', reject);
      request.end(payload);
    });
}
