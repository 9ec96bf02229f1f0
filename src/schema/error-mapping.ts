import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { PothosValidationError } from '@pothos/core';
import { Prisma } from '../generated/prisma/client.js';
import {
  ClientFlowError,
  ErrorCode,
  badInput,
  concurrentModification,
  forbidden,
  notFound,
  organizationPendingDeletion,
  requestTimeout,
  serverBusy,
} from './errors.js';
import { batchRefusedError, tokenLimitError } from '../limits/document-limits.js';

// Codes Apollo itself assigns to request-level problems; their messages are safe to show.
const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  // The trusted-documents refusal of a subscription (realtime/server.ts); HTTP answers it before Apollo.
  'PERSISTED_QUERY_NOT_IN_LIST',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * graphql-js's " Did you mean …?" suffix, which names fields, arguments, types and enum values of
 * the schema: hidden in production (introspection is off there). Here, at the one place every
 * client-visible error passes: Apollo's hideSchemaDetailsFromClientErrors only rewrites
 * validation errors, graphql-armor's block-field-suggestions misses "Did you mean the enum value",
 * and a variable's error ('Variable "$s" got invalid value "OPN"; … Did you mean the enum value
 * "OPEN"?') is neither (tests/limits/operation-limits.test.ts has all four forms).
 */
const SUGGESTION = / ?Did you mean .+\?$/s;

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

/**
 * The SQLSTATE PostgreSQL answered with, wherever Prisma and the driver adapter nested it
 * (error.cause, or meta.driverAdapterError.cause); empty when the database never answered
 * (a lost connection) or the error is not the database's.
 */
export function databaseCause(error: unknown): { code?: string; message?: string } {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && !seen.has(current)) {
    seen.add(current);
    const adapterError = field(field(current, 'meta'), 'driverAdapterError');
    for (const cause of [field(current, 'cause'), field(adapterError, 'cause')]) {
      const code = field(cause, 'originalCode');
      if (typeof code === 'string') {
        const message = field(cause, 'originalMessage');
        return { code, message: typeof message === 'string' ? message : undefined };
      }
    }
    current = field(current, 'cause') ?? adapterError;
  }
  return {};
}

/**
 * What a PostgreSQL error means for the client, by SQLSTATE (its class is the first two
 * characters): every class a client's input or load can reach has an answer here, so none of
 * them reaches the client as a 500. Null: a bug of ours (syntax, undefined column, …) — internal.
 */
export function fromSqlState(code: string, message: string): GraphQLError | null {
  if (code === 'P0001' && message.includes('owner')) return badInput('An organization must keep at least one owner');
  // app.begin_request / app.begin_api_key_request (sql/10, sql/12) refuse a deleted organization.
  if (code === 'P0001' && message.includes('pending deletion')) return organizationPendingDeletion();
  if (code === '42501') return forbidden('The database refused this change for your organization');
  switch (code.slice(0, 2)) {
    case '22': // data exception
      if (code === '22001') return badInput('A value is too long');
      if (code === '22021' || code === '22P05')
        return badInput('A text value contains a character that cannot be stored (NUL or invalid UTF-8)');
      if (code === '22003') return badInput('A number is out of range');
      if (code === '22007' || code === '22008') return badInput('A date or time is out of range');
      return badInput('A value is not valid here');
    case '23': {
      // integrity constraint violation
      if (code === '23503') return badInput('A referenced record does not exist in this organization');
      // The one-default rule of pipelines is met by a concurrent makeDefault, not by the input: retrying succeeds.
      if (code === '23505' && message.includes('pipelines_one_default_per_org'))
        return concurrentModification(
          'Another request made another pipeline the default at the same time; nothing was written. Retry the request.',
        );
      if (code === '23505') return badInput('A record with these values already exists');
      if (code === '23502') return badInput('A required value is missing');
      // The value rules of sql/050 (BEFORE triggers) name themselves.
      const rule = /violates rule (\w+)/.exec(message)?.[1];
      return badInput(rule ? `A value is not allowed here (rule ${rule})` : 'A value breaks a rule of the database');
    }
    case '40': // transaction rollback: serialization failure, deadlock
      return concurrentModification();
    case '55':
      if (code === '55P03')
        return concurrentModification(
          'Another request held a lock on the same records longer than lock_timeout; nothing was written. Retry the request.',
        );
      return null;
    case '57':
      if (code === '57014')
        return requestTimeout('A database statement ran longer than statement_timeout and was cancelled; nothing was written');
      return serverBusy(); // 57P01-57P05: the server is shutting down or restarting
    case '25':
      if (code === '25P03')
        return requestTimeout('The request left its transaction idle past idle_in_transaction_session_timeout; nothing was written');
      return null;
    case '53': // insufficient resources: out of memory, disk full, too many connections
    case '08': // connection exception
      return serverBusy();
    case '54': // program limit exceeded: statement too complex, too many arguments
      return badInput('The request is too complex for the database; narrow its filter or selection');
    default:
      return null;
  }
}

/** Turns what a resolver threw into an error a client may see, or null when it is internal. */
export function toClientError(raw: unknown): GraphQLError | null {
  const error = unwrapResolverError(raw);
  if (error instanceof ClientFlowError) return error;
  // Ours, reported by a validation rule (the operation limits): Apollo wraps it as a validation error.
  if (raw instanceof GraphQLError && raw.originalError instanceof ClientFlowError) return raw.originalError;
  const limit = tokenLimitError(raw) ?? batchRefusedError(raw);
  if (limit) return limit;
  // A scalar rejecting a literal is reported by graphql-js as a validation error; it is bad input.
  if (
    raw instanceof GraphQLError &&
    raw.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' &&
    raw.originalError instanceof GraphQLError &&
    raw.originalError.extensions?.code === ErrorCode.BAD_USER_INPUT
  ) {
    return badInput(raw.originalError.message);
  }
  if (error instanceof PothosValidationError) return badInput(error.message);
  const db = databaseCause(error);
  if (db.code) {
    const mapped = fromSqlState(db.code, db.message ?? '');
    if (mapped) return mapped;
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    switch (error.code) {
      case 'P2025':
      case 'P2001':
        return notFound('Record');
      case 'P2003':
        return badInput('A referenced record does not exist in this organization');
      case 'P2002':
        return badInput('A record with these values already exists');
      case 'P2000':
        return badInput('A value is too long');
      case 'P2028':
        // The request's transaction outlived REQUEST_TIMEOUT_MS; Prisma rolled it back.
        return /expired|timeout|closed/i.test(error.message)
          ? requestTimeout('The request ran past its deadline and was stopped; nothing was written')
          : null;
      default:
        return null;
    }
  }
  // The connection to PostgreSQL died under a statement (a restart, a terminated backend):
  // retryable, and not the request's fault.
  if (error instanceof Error && /connection terminated|not queryable/i.test(error.message)) return serverBusy();
  if (raw instanceof GraphQLError && !raw.originalError) {
    const code = raw.extensions?.code;
    if (typeof code === 'string' && (APOLLO_CLIENT_CODES.has(code) || code in ErrorCode)) return raw;
  }
  return null;
}

export function formatError(
  formatted: GraphQLFormattedError,
  raw: unknown,
  options: { production: boolean; logError: (error: unknown) => void },
): GraphQLFormattedError {
  const shown = (message: string) => (options.production ? message.replace(SUGGESTION, '') : message);
  const client = toClientError(raw);
  if (client) {
    const { http: _http, ...extensions } = (client.extensions ?? {}) as Record<string, unknown>;
    return { message: shown(client.message), locations: formatted.locations, path: formatted.path, extensions };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && APOLLO_CLIENT_CODES.has(code)) return { ...formatted, message: shown(formatted.message) };
  options.logError(unwrapResolverError(raw));
  return {
    message: options.production ? 'Internal server error' : `Internal server error: ${formatted.message}`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/**
 * The foreign key a write broke: its constraint name ('' when the driver did not say which), or
 * null when the write failed for another reason. Composite tenant keys make this the answer to
 * "that id is not a record of this organization".
 */
export function brokenForeignKey(error: unknown): string | null {
  const db = databaseCause(error);
  if (db.code === '23503') return /foreign key constraint "([^"]+)"/.exec(db.message ?? '')?.[1] ?? '';
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2003') {
    return String(error.meta?.constraint ?? error.meta?.field_name ?? '');
  }
  return null;
}

/**
 * Runs a write and reports a broken foreign key on the input that caused it: `blame` maps the
 * constraint name to the field and message (undefined: not this write's concern, rethrown).
 */
export async function blameBrokenReference<T>(
  write: Promise<T>,
  blame: (constraint: string) => { field: string; message: string } | undefined,
): Promise<T> {
  try {
    return await write;
  } catch (error) {
    const constraint = brokenForeignKey(error);
    const culprit = constraint === null ? undefined : blame(constraint);
    if (culprit) throw badInput(culprit.message, culprit.field);
    throw error;
  }
}
