import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** The error codes clients can rely on (extensions.code). */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  /** The user owns as many organizations as MAX_ORGANIZATIONS_PER_USER allows. */
  ORGANIZATION_LIMIT_REACHED: 'ORGANIZATION_LIMIT_REACHED',
  /** The change would leave the organization without an OWNER (leaving as its last one): transfer ownership first. */
  LAST_OWNER: 'LAST_OWNER',
  /** The organization was deleted (deleteOrganization) and awaits its purge: an OWNER may restoreOrganization until purgeAfter. */
  ORGANIZATION_PENDING_DELETION: 'ORGANIZATION_PENDING_DELETION',
  /** Another request changed or locked the same rows first; retrying the request is safe. */
  CONCURRENT_MODIFICATION: 'CONCURRENT_MODIFICATION',
  /** The request ran past its deadline or a statement past statement_timeout; nothing was written. */
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  /** This organization already uses its share of the database connections; retry after Retry-After. */
  TOO_MANY_CONCURRENT_REQUESTS: 'TOO_MANY_CONCURRENT_REQUESTS',
  /** No database connection came free in time, or the database is short of resources; retry after Retry-After. */
  SERVER_BUSY: 'SERVER_BUSY',
  /** The COMMIT was sent but its answer was lost: the change may or may not have been saved. */
  TRANSACTION_OUTCOME_UNKNOWN: 'TRANSACTION_OUTCOME_UNKNOWN',
  /** setOrganizationLogo named an image whose bytes have not been uploaded (or verified) yet. */
  IMAGE_NOT_UPLOADED: 'IMAGE_NOT_UPLOADED',
  /** The uploaded bytes are not a PNG, JPEG or WebP image of the declared type (sniffed from the bytes). */
  IMAGE_CONTENT_MISMATCH: 'IMAGE_CONTENT_MISMATCH',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** The caller's rate-limit bucket lacks the operation's cost (README "Rate limits"); retry after Retry-After. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** An operation over one of the limits of README "Limits": extensions.limit names which. */
  OPERATION_LIMIT_EXCEEDED: 'OPERATION_LIMIT_EXCEEDED',
  /** This Idempotency-Key was used within 24 h by you for another operation or other variables (README "Idempotency keys"). */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** A request with this Idempotency-Key is still running; retry after Retry-After to get its answer. */
  IDEMPOTENCY_KEY_IN_USE: 'IDEMPOTENCY_KEY_IN_USE',
  /** A custom field value does not fit its definition (README "Custom fields"): extensions.key names the field. */
  INVALID_CUSTOM_FIELD: 'INVALID_CUSTOM_FIELD',
  /** A marketplace purchase cannot go from its status to the one asked (README "Marketplace"); extensions.status is its status. */
  INVALID_PURCHASE_TRANSITION: 'INVALID_PURCHASE_TRANSITION',
  /** The organization holds no purchase of the tool that grants access now (ACTIVE, not expired). */
  NO_ACTIVE_PURCHASE: 'NO_ACTIVE_PURCHASE',
  /** A review needs a purchase of the tool that granted access: ACTIVE or EXPIRED, not only CANCELLED or REFUNDED ones. */
  REVIEW_NEEDS_PURCHASE: 'REVIEW_NEEDS_PURCHASE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const httpStatus: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  ORGANIZATION_PENDING_DELETION: 403,
  TOO_MANY_CONCURRENT_REQUESTS: 429,
  RATE_LIMITED: 429,
  SERVER_BUSY: 503,
  OPERATION_LIMIT_EXCEEDED: 400,
  IDEMPOTENCY_KEY_REUSED: 422,
  IDEMPOTENCY_KEY_IN_USE: 409,
};

/** The realm of every Bearer challenge (RFC 6750 §3). */
export const AUTH_REALM = 'clientflow';

/** The error codes of RFC 6750 §3.1 a 401 of ours can carry. */
export type BearerErrorCode = 'invalid_request' | 'invalid_token';

/**
 * The `WWW-Authenticate` value of a 401 (RFC 6750 §3): always the Bearer scheme and our realm;
 * `error=` and `error_description=` only when credentials were sent and were wrong — a request
 * that sent none gets no error code (§3.1). The description is our own message, reduced to the
 * characters a quoted error_description may hold (%x20-21 / %x23-5B / %x5D-7E): never the token.
 */
export function bearerChallenge(error?: { code: BearerErrorCode; description: string }): string {
  const parts = [`realm="${AUTH_REALM}"`];
  if (error) {
    parts.push(`error="${error.code}"`);
    const description = error.description.replace(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/g, '').trim();
    if (description) parts.push(`error_description="${description}"`);
  }
  return `Bearer ${parts.join(', ')}`;
}

/** A domain error: safe to show to the client as it is, in every environment. */
export class ClientFlowError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}, headers?: Record<string, string>) {
    const status = httpStatus[code];
    // Every 401 challenges (RFC 7235 §3.1 requires WWW-Authenticate on a 401).
    const allHeaders = status === 401 ? { 'www-authenticate': bearerChallenge(), ...headers } : headers;
    const http = status ? { status, ...(allHeaders ? { headers: new HeaderMap(Object.entries(allHeaders)) } : {}) } : undefined;
    super(message, { extensions: { code, ...extra, ...(http ? { http } : {}) } });
  }
}

/** No credentials at all, where a field needs them: a bare challenge, no error code (RFC 6750 §3.1). */
export const unauthenticated = (message = 'Authentication required: send Authorization: Bearer <token>') =>
  new ClientFlowError(ErrorCode.UNAUTHENTICATED, message);
/** What a request with an API key that cannot act is told (401). */
export const INVALID_API_KEY = 'This API key is unknown, revoked or expired';
/** A token or API key was sent and is invalid, expired, revoked or unknown: error="invalid_token". */
export const invalidToken = (message: string) =>
  new ClientFlowError(
    ErrorCode.UNAUTHENTICATED,
    message,
    {},
    {
      'www-authenticate': bearerChallenge({ code: 'invalid_token', description: message }),
    },
  );
/**
 * An Authorization header that is not `Bearer <credential>`: error="invalid_request". RFC 6750
 * suggests 400 for it; it stays a 401 UNAUTHENTICATED, the status clients already rely on.
 */
export const malformedAuthorization = (message: string) =>
  new ClientFlowError(
    ErrorCode.UNAUTHENTICATED,
    message,
    {},
    {
      'www-authenticate': bearerChallenge({ code: 'invalid_request', description: message }),
    },
  );
export const forbidden = (message = 'You are not allowed to do this') => new ClientFlowError(ErrorCode.FORBIDDEN, message);
export const notFound = (what: string) => new ClientFlowError(ErrorCode.NOT_FOUND, `${what} not found`);
export const badInput = (message: string, field?: string) => new ClientFlowError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
export const invalidPurchaseTransition = (what: string, status: string, to: string) =>
  new ClientFlowError(ErrorCode.INVALID_PURCHASE_TRANSITION, `This ${what} is ${status}: it cannot become ${to}`, { status });
export const noActivePurchase = () =>
  new ClientFlowError(
    ErrorCode.NO_ACTIVE_PURCHASE,
    'Your organization has no active purchase of this tool (never bought, cancelled, refunded or expired)',
  );
export const reviewNeedsPurchase = (statuses: string[]) =>
  new ClientFlowError(
    ErrorCode.REVIEW_NEEDS_PURCHASE,
    statuses.length === 0
      ? 'Your organization has not bought this tool: buy it first, then review it'
      : `Your organization's purchases of this tool were ${statuses.join(' and ')}: only a purchase that gave access (ACTIVE or EXPIRED) allows a review`,
    { field: 'toolId', statuses },
  );
export const organizationLimitReached = (limit: number) =>
  new ClientFlowError(
    ErrorCode.ORGANIZATION_LIMIT_REACHED,
    `You own ${limit} organizations, the most one user may own; transfer the ownership of one first`,
    { limit },
  );
export const lastOwner = () =>
  new ClientFlowError(
    ErrorCode.LAST_OWNER,
    'You are the last OWNER of this organization: make another member OWNER (transferOwnership) or delete the organization first',
  );
export const organizationPendingDeletion = () =>
  new ClientFlowError(
    ErrorCode.ORGANIZATION_PENDING_DELETION,
    'This organization was deleted and is pending its purge; an OWNER can restore it with restoreOrganization (without the X-Organization-Id header)',
  );
/** Bad input found before execution (headers, the operation as a whole): the response is an HTTP 400. */
export const imageNotUploaded = (field: string) =>
  new ClientFlowError(ErrorCode.IMAGE_NOT_UPLOADED, "The image's bytes have not been uploaded yet: PUT them to the uploadUrl first", {
    field,
  });
/** IMAGE_CONTENT_MISMATCH's message, for setting an image and for uploading one (PUT /files). */
export const imageContentMismatchMessage = (declared: string, found: string | null) =>
  `The uploaded bytes are ${found ? `a ${found} image` : 'not a PNG, JPEG or WebP image'}; ${declared} was declared`;
export const imageContentMismatch = (declared: string, found: string | null, field: string) =>
  new ClientFlowError(ErrorCode.IMAGE_CONTENT_MISMATCH, imageContentMismatchMessage(declared, found), { field });
export const badRequestInput = (message: string, field?: string) =>
  new ClientFlowError(ErrorCode.BAD_USER_INPUT, message, { ...(field ? { field } : {}), http: { status: 400 } });

// One second: a request that waited its whole acquire budget for nothing should not come back at once.
const RETRY_AFTER_SECONDS = '1';

export const tooManyConcurrentRequests = (waitedMs: number) =>
  new ClientFlowError(
    ErrorCode.TOO_MANY_CONCURRENT_REQUESTS,
    `This organization already uses its share of the database connections; waited ${waitedMs} ms. Retry later.`,
    {},
    { 'retry-after': RETRY_AFTER_SECONDS },
  );
export const serverBusy = (waitedMs?: number) =>
  new ClientFlowError(
    ErrorCode.SERVER_BUSY,
    waitedMs === undefined
      ? 'The database is overloaded; retry later'
      : `No database connection came free within ${waitedMs} ms; retry later`,
    {},
    { 'retry-after': RETRY_AFTER_SECONDS },
  );
export const requestTimeout = (message: string) => new ClientFlowError(ErrorCode.REQUEST_TIMEOUT, message);
export const concurrentModification = (
  message = 'Another request changed or locked the same records; nothing was written. Retry the request.',
) => new ClientFlowError(ErrorCode.CONCURRENT_MODIFICATION, message);
export const transactionOutcomeUnknown = () =>
  new ClientFlowError(
    ErrorCode.TRANSACTION_OUTCOME_UNKNOWN,
    'The connection to the database was lost while committing: the change may or may not have been saved. Read it back before retrying.',
  );

export const idempotencyKeyReused = () =>
  new ClientFlowError(
    ErrorCode.IDEMPOTENCY_KEY_REUSED,
    'This Idempotency-Key was already used in the last 24 hours with another operation or other variables; nothing was done. Send a new key for a new request.',
  );
export const idempotencyKeyInUse = () =>
  new ClientFlowError(
    ErrorCode.IDEMPOTENCY_KEY_IN_USE,
    'A request with this Idempotency-Key is still running; nothing was done. Retry with the same key to get its answer.',
    {},
    { 'retry-after': RETRY_AFTER_SECONDS },
  );
