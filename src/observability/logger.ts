import type { IncomingMessage, ServerResponse } from 'node:http';
import pino, { type DestinationStream, type Logger } from 'pino';
import { currentRequest } from './request-scope.js';

/**
 * Keys whose values are never written, at any depth of a logged object: GraphQL variables
 * (`password`, `newPassword`, `apiKey`, `refreshToken`, …), headers (`authorization`, `cookie`,
 * `x-api-key`) and anything else named like a credential. pino's own `redact` takes exact paths
 * (fast-redact: `a.b`, `a.*.b`), which cannot say "a key named like this, wherever it is".
 */
export const SECRET_KEY =
  /pass(word|wd|phrase)?|secret|token|api[-_]?key|authorization|cookie|credential|private[-_]?key|signature|session/i;
export const REDACTED = '[Redacted]';
/** Deeper than any object this code logs (the request line is 2 levels); bounds the walk. */
const MAX_DEPTH = 6;

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A copy of `value` with secret-named keys replaced. Only plain objects and arrays are walked:
 * class instances (errors, requests) go through their serializers below, which pick named,
 * harmless fields.
 */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    const items = value.map((item) => redactSecrets(item, depth + 1));
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  if (!isPlainObject(value)) return value;
  // Copied only when something is redacted: the request line (no secret keys) goes through as is.
  let copy: Record<string, unknown> | null = null;
  for (const key in value) {
    const item = value[key];
    const safe = SECRET_KEY.test(key) ? REDACTED : redactSecrets(item, depth + 1);
    if (safe !== item) copy ??= { ...value };
    if (copy) copy[key] = safe;
  }
  return copy ?? value;
}

/**
 * The request as logged: method and path only. No headers (Authorization, Cookie, X-Api-Key),
 * no query string (a GET /graphql carries the query and its variables there), no body; the
 * local file store's paths are signed grants (/files/<token>), so only their prefix is kept.
 */
export function loggablePath(url: string | undefined): string {
  const path = (url ?? '').split('?', 1)[0]!;
  return path.startsWith('/files/') ? '/files/…' : path;
}

function serializeRequest(req: IncomingMessage & { originalUrl?: string }) {
  return { method: req.method, url: loggablePath(req.originalUrl ?? req.url) };
}

function serializeResponse(res: ServerResponse) {
  return { statusCode: res.statusCode };
}

const CODE = /^[A-Za-z0-9_]{1,40}$/;
/** Fields that name schema objects (PostgreSQL's error fields, Prisma's meta), never row values. */
const IDENTIFIER_FIELDS = ['kind', 'originalCode', 'constraint', 'table', 'column', 'schema', 'routine', 'modelName'] as const;
const MAX_FRAMES = 15;
const MAX_CAUSES = 3;

/**
 * The stack's "at …" frames: function names and file positions from the code. The header line
 * (`Name: message`) is cut by its exact text rather than by pattern, so a message spanning lines
 * (a user value with a newline in it) cannot pass for a frame; a stack whose header is not the
 * message it was built from is dropped.
 */
function framesOf(error: Error): string[] | undefined {
  const stack = typeof error.stack === 'string' ? error.stack : '';
  const header = error.message ? `${error.name}: ${error.message}` : error.name;
  if (!stack.startsWith(header)) return undefined;
  return stack
    .slice(header.length)
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, MAX_FRAMES)
    .map((line) => line.trim());
}

/**
 * What an error may put in a log: its class, its codes (SQLSTATE, Prisma's P-code, Node's
 * E-code, GraphQL's extensions.code), the schema objects it names and its stack frames, then
 * the same for its causes. Never a message or a detail: Prisma's messages render the call's
 * arguments and PostgreSQL's (`invalid input syntax for type uuid: "…"`, "Failing row contains
 * (…)") quote the values, so a password in a variable would reach the log through them. The
 * client sees the message in development; the log line has the request id to find it.
 */
export function serializeError(error: unknown, depth = 0): Record<string, unknown> | undefined {
  if (error === null || typeof error !== 'object' || depth > MAX_CAUSES) return undefined;
  const source = error as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (error instanceof Error) out.type = error.constructor.name === error.name ? error.name : `${error.constructor.name} (${error.name})`;
  if (typeof source.code === 'string' && CODE.test(source.code)) out.code = source.code;
  const extensions = source.extensions as Record<string, unknown> | undefined;
  if (typeof extensions?.code === 'string' && CODE.test(extensions.code)) out.code = extensions.code;
  for (const field of IDENTIFIER_FIELDS) {
    if (typeof source[field] === 'string' && CODE.test(source[field])) out[field] = source[field];
  }
  if (error instanceof Error) out.stack = framesOf(error);
  const meta = source.meta as Record<string, unknown> | undefined;
  const cause = source.cause ?? meta?.driverAdapterError;
  const serializedCause = serializeError(cause, depth + 1);
  if (serializedCause) out.cause = serializedCause;
  return out;
}

const serializers = { req: serializeRequest, res: serializeResponse, err: (error: unknown) => serializeError(error) };

export interface LoggerOptions {
  level: pino.LevelWithSilentOrString;
  /** Where lines go (tests pass a stream they read); default stdout, written asynchronously. */
  destination?: DestinationStream;
}

/**
 * The process's JSON logger. Every line written while a request is served carries its request
 * id (from the AsyncLocalStorage record), so an error logged deep inside a resolver joins the
 * request's own line.
 */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      mixin: () => {
        const record = currentRequest();
        return record ? { reqId: record.id } : {};
      },
      formatters: { log: (object) => redactSecrets(object) as Record<string, unknown> },
      serializers,
    },
    // pino's default writes each line synchronously: when the reader of stdout (a log shipper, a
    // container runtime) falls behind and the pipe fills, the whole event loop waits on it. Async
    // writes queue lines instead; pino flushes the queue synchronously when the process exits.
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

/**
 * The same redaction and serializers on any logger the server is handed (a plain `pino()` in a
 * script or test): nothing the server logs depends on how its caller built the logger.
 */
export function withSafeSerializers(logger: Logger): Logger {
  return logger.child({}, { formatters: { log: (object) => redactSecrets(object) as object }, serializers });
}
