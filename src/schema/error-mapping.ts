import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { PothosValidationError } from '@pothos/core';
import { Prisma } from '../generated/prisma/client.js';
import { ClientFlowError, ErrorCode, badInput, forbidden, notFound } from './errors.js';
import { batchRefusedError, tokenLimitError } from '../limits/document-limits.js';

// Codes Apollo itself assigns to request-level problems; their messages are safe to show.
const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
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

function databaseCause(error: unknown): { code?: string; message?: string } {
  const seen = new Set<unknown>();
  let current: any = error;
  while (current && !seen.has(current)) {
    seen.add(current);
    const original = current.cause?.originalCode ?? current.meta?.driverAdapterError?.cause?.originalCode;
    if (original) {
      return { code: original, message: current.cause?.originalMessage ?? current.meta?.driverAdapterError?.cause?.originalMessage };
    }
    current = current.cause ?? current.meta?.driverAdapterError;
  }
  return {};
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
  if (raw instanceof GraphQLError && raw.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && raw.originalError instanceof GraphQLError
    && raw.originalError.extensions?.code === ErrorCode.BAD_USER_INPUT) {
    return badInput(raw.originalError.message);
  }
  if (error instanceof PothosValidationError) return badInput(error.message);
  const db = databaseCause(error);
  if (db.code === 'P0001' && db.message?.includes('owner')) {
    return badInput('An organization must keep at least one owner');
  }
  if (db.code === '42501') return forbidden('The database refused this change for your organization');
  if (db.code === '23503') return badInput('A referenced record does not exist in this organization');
  if (db.code === '23505') return badInput('A record with these values already exists');
  if (db.code === '22001') return badInput('A value is too long');
  // The value rules of sql/050 (BEFORE triggers) name themselves; other check violations stay internal.
  const rule = db.code === '23514' ? /violates rule (\w+)/.exec(db.message ?? '')?.[1] : undefined;
  if (rule) return badInput(`A value is not allowed here (rule ${rule})`);
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
      default:
        return null;
    }
  }
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
