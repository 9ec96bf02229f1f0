import { GraphQLError } from 'graphql';

/** The error codes clients can rely on (extensions.code). */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  /** The user owns as many organizations as MAX_ORGANIZATIONS_PER_USER allows. */
  ORGANIZATION_LIMIT_REACHED: 'ORGANIZATION_LIMIT_REACHED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const httpStatus: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

/** A domain error: safe to show to the client as it is, in every environment. */
export class ClientFlowError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    const status = httpStatus[code];
    super(message, { extensions: { code, ...extra, ...(status ? { http: { status } } : {}) } });
  }
}

export const unauthenticated = (message = 'Authentication required: send Authorization: Bearer <token>') =>
  new ClientFlowError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'You are not allowed to do this') => new ClientFlowError(ErrorCode.FORBIDDEN, message);
export const notFound = (what: string) => new ClientFlowError(ErrorCode.NOT_FOUND, `${what} not found`);
export const badInput = (message: string, field?: string) =>
  new ClientFlowError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
export const organizationLimitReached = (limit: number) =>
  new ClientFlowError(ErrorCode.ORGANIZATION_LIMIT_REACHED, `You own ${limit} organizations, the most one user may own; transfer the ownership of one first`, { limit });
