import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one HTTP request did, filled in by each layer as it learns it (authentication, the
 * operation limits, the tenant transaction, the database client, error formatting) and read
 * once by the request log and the metrics when the response is finished. One record per
 * request, reached through AsyncLocalStorage so that no layer has to thread it through
 * another's signature (the pg client that counts statements knows nothing of GraphQL).
 */
export interface RequestRecord {
  /** X-Request-Id: the caller's when valid, else generated; echoed on the response. */
  id: string;
  /** process.hrtime.bigint() when the request arrived. */
  startedAt: bigint;
  userId?: string;
  orgId?: string;
  role?: string;
  operationName?: string;
  operationType?: 'query' | 'mutation' | 'subscription';
  /** The operation's estimated worst-case node count, and the nodes it actually returned. */
  cost?: { requested: number; actual?: number };
  /** SQL round trips sent to PostgreSQL on this request's behalf. */
  statements: number;
  /** extensions.code of every error in the response. */
  errorCodes: string[];
}

export const requestScope = new AsyncLocalStorage<RequestRecord>();

/** The record of the request being served, or undefined outside one (scripts, tests of pure code). */
export const currentRequest = (): RequestRecord | undefined => requestScope.getStore();

export function newRequestRecord(id: string): RequestRecord {
  return { id, startedAt: process.hrtime.bigint(), statements: 0, errorCodes: [] };
}
