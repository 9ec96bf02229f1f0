import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * A caller's X-Request-Id is kept when it is 1–128 characters of [A-Za-z0-9._:-]: enough for a
 * UUID, a W3C trace id, an AWS `Root=1-…` id without its `=` or a load balancer's hex id, while
 * no quote, space, newline or `=` can reach a log line or a header through it. 128: the longest
 * id a common proxy sends (AWS X-Amzn-Trace-Id, ~ 80) with room to spare.
 */
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** The caller's request id when it is valid, else a new UUID. */
export function requestIdFor(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  const candidate = Array.isArray(given) ? given[0] : given;
  return candidate !== undefined && VALID_REQUEST_ID.test(candidate) ? candidate : randomUUID();
}
