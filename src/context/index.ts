import type { IncomingHttpHeaders } from 'node:http';
import pg from 'pg';
import type { VerifiedIdentity, VerifyAccessToken } from '../auth/jwt.js';
import type { Role } from '../auth/permissions.js';
import type { Database } from '../db/client.js';
import { openRequestTransaction, type RequestTransaction, type TransactionClient } from '../db/request-transaction.js';
import { SlotWaitTimeout, type TenantSlots } from '../db/tenant-slots.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { FilterLimits } from '../limits/filter-budget.js';
import type { OperationLimits } from '../limits/index.js';
import { currentRequest } from '../observability/request-scope.js';
import {
  forbidden,
  INVALID_API_KEY,
  invalidToken,
  malformedAuthorization,
  serverBusy,
  organizationPendingDeletion,
  tooManyConcurrentRequests,
} from '../schema/errors.js';
import { databaseCause } from '../schema/error-mapping.js';
import { parseOrganizationHeader } from '../schema/global-ids.js';
import type { AttachmentRequest } from '../modules/attachment/service.js';
import type { OrganizationSettings } from '../modules/organization/service.js';
import type { WebhookUrlPolicy } from '../modules/webhook/url-policy.js';
import { Loaders } from './loaders.js';
import { isApiKeySecret, presentApiKey, type PresentedApiKey } from '../auth/api-key-secret.js';

export interface Viewer {
  userId: string;
  subject: string;
  /** users.is_platform_admin, read by app.begin_request (never from the token). */
  isPlatformAdmin: boolean;
  /** The token's `email` claim, and whether its `email_verified` claim is true (acceptInvitation needs both). */
  email: string | null;
  emailVerified: boolean;
  /** Set when the request authenticated with an API key: its id (the viewer is the key's service account). */
  apiKeyId: string | null;
}

/** What createServer gives every GraphQL request besides the database (built once per request there). */
export interface RequestServices {
  /** File links that point back at this API (its PUBLIC_URL, or the origin the client used). */
  readonly attachments: AttachmentRequest;
  /** INVITATION_TTL_HOURS and MAX_ORGANIZATIONS_PER_USER. */
  readonly organizationSettings: OrganizationSettings;
  /** The LIMIT_* limits, for checks outside the request's own operation (registering trusted documents). */
  readonly operationLimits: OperationLimits;
  /** Where webhook endpoints may point (WEBHOOK_ALLOW_PRIVATE_URLS; https only in production). */
  readonly webhookSettings: WebhookUrlPolicy;
}

/** The one context type of a GraphQL request, built only by createContext below. */
export interface Context extends RequestServices {
  /** Null for anonymous requests, and until the request's transaction is open. */
  viewer: Viewer | null;
  /** The organization of this request, set only after the membership was verified. */
  orgId: string | null;
  /** The viewer's role in orgId, read from the membership row (never from the token). */
  role: Role | null;
  /** The request's transaction client; every resolver's queries go through it. */
  readonly prisma: TransactionClient | PrismaClient;
  readonly loaders: Loaders;
  /**
   * Opens the request's transaction and checks the membership: the first thing every root
   * field does (context/tenant-door.ts). Idempotent. Nothing before execution touches the
   * database, so a request refused by parsing, validation or the limits never holds a
   * connection.
   */
  begin(): Promise<void>;
  /** Commits or rolls back the request's transaction (no-op when none was opened). */
  finish(commit: boolean): Promise<void>;
  /** The filter budget's limits (set by the operation-limits plugin; filters.ts enforces them per filter). */
  filterLimits?: FilterLimits;
}

/** The context of a resolver that runs for an organization: its membership was checked, so none of these is null. */
export interface TenantContext extends Context {
  readonly viewer: Viewer;
  readonly orgId: string;
  readonly role: Role;
}

function actsForOrganization(ctx: Context): ctx is TenantContext {
  return ctx.viewer !== null && ctx.orgId !== null && ctx.role !== null;
}

/**
 * The organization a resolver acts for. Behind the tenant door every field with an organization
 * permission has one (authorize refused the request otherwise), so this never throws there; it
 * replaces `ctx.orgId!`, which would have passed `null` on silently had that ever changed.
 */
export function tenantOf(ctx: Context): TenantContext {
  if (!actsForOrganization(ctx)) throw forbidden('This field needs the X-Organization-Id header naming an organization you belong to');
  return ctx;
}

/** The database limits of one request (config.ts documents each). */
export interface RequestLimits {
  /** The whole transaction, from BEGIN to COMMIT (REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: number;
  /** Waiting for this organization's slot and then a pool connection (DATABASE_POOL_ACQUIRE_TIMEOUT_MS). */
  acquireTimeoutMs: number;
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
}

export interface ContextDependencies {
  database: Database;
  verifyAccessToken: VerifyAccessToken;
  limits: RequestLimits;
  slots: TenantSlots;
  /** Notes each API key's use; the last-used times are written in batches (modules/api-key/last-used.ts). */
  apiKeyUsage: { record(apiKeyId: string, orgId: string): void };
}

/** Who a request says it is: a verified token's identity, or an API key not yet looked up. */
type Credential = { kind: 'user'; identity: VerifiedIdentity } | { kind: 'apiKey'; apiKey: PresentedApiKey };

const literal = (value: string | null) => (value === null ? 'NULL' : pg.escapeLiteral(value));

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The first statement of a request's transaction, sent in one message with BEGIN (db/client.ts):
 * sets the transaction's timeouts and turns parallel query off, then app.begin_request provisions the user and sets the
 * tenant only if the user is a member. Literals, not parameters, so it can travel with BEGIN;
 * escapeLiteral quotes every value and the org id was parsed as a uuid.
 *
 * No parallel workers: a request's statement would take up to 2 more backends (each with its
 * own work_mem, outside the pool's bound and the per-backend memory bound in bench/README), and
 * on a busy machine starting them costs more than they save: the dashboard's activity counts on
 * the full benchmark dataset took 50 ms with 2 workers and 7 ms without.
 */
function beginStatement(credential: Credential, orgId: string | null, limits: RequestLimits): string {
  const timeouts = `(SELECT set_config('statement_timeout', '${limits.statementTimeoutMs}', true),
                 set_config('lock_timeout', '${limits.lockTimeoutMs}', true),
                 set_config('idle_in_transaction_session_timeout', '${limits.idleInTransactionTimeoutMs}', true),
                 set_config('max_parallel_workers_per_gather', '0', true)) AS timeouts`;
  if (credential.kind === 'apiKey') {
    // No row: unknown, revoked or expired key. The hash is hex from our own digest.
    return `SELECT b.user_id, b.role, false AS is_platform_admin, b.org_id, b.api_key_id
      FROM ${timeouts},
           app.begin_api_key_request(decode('${credential.apiKey.secretHash.toString('hex')}', 'hex'), ${literal(orgId)}::uuid) AS b`;
  }
  const { identity } = credential;
  return `SELECT b.user_id, b.role, b.is_platform_admin, ${literal(orgId)}::uuid AS org_id, NULL::uuid AS api_key_id
    FROM ${timeouts},
         app.begin_request(${literal(identity.subject)}, ${literal(identity.email)}, ${literal(identity.name)}, ${literal(orgId)}::uuid) AS b`;
}

/** The answer of the begin statement: one row, or none for an API key that does not (or no longer) work. */
interface RequestBinding {
  user_id: string;
  role: Role | null;
  is_platform_admin: boolean;
  org_id: string | null;
  api_key_id: string | null;
}

/**
 * Authenticates the request from its headers alone (no database): verifies the token and reads
 * the organization it asks for. The transaction, and with it the membership check, waits for
 * begin(), which runs only once the operation has passed parsing, validation and the limits.
 */
export async function createContext(deps: ContextDependencies, headers: IncomingHttpHeaders, services: RequestServices): Promise<Context> {
  const authorization = header(headers, 'authorization');
  const orgHeader = header(headers, 'x-organization-id')?.trim() || null;
  if (!authorization) {
    return {
      ...services,
      viewer: null,
      orgId: null,
      role: null,
      prisma: deps.database.prisma,
      loaders: new Loaders(deps.database.prisma),
      begin: async () => {},
      finish: async () => {},
    };
  }
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match) throw malformedAuthorization('Malformed Authorization header: expected "Bearer <token>"');
  const token = match[1]!;
  const requestedOrg = orgHeader === null ? null : parseOrganizationHeader(orgHeader);
  // API key secrets begin with cf_, which no JWT does (a JWT begins with its base64url header, "ey").
  const credential: Credential = isApiKeySecret(token)
    ? { kind: 'apiKey', apiKey: presentApiKey(token) }
    : { kind: 'user', identity: await deps.verifyAccessToken(token) };
  return new TenantRequest(deps, services, credential, requestedOrg);
}

class TenantRequest implements Context {
  viewer: Viewer | null = null;
  orgId: string | null = null;
  role: Role | null = null;
  private transaction: RequestTransaction<unknown> | null = null;
  private releaseSlot: (() => void) | null = null;
  private opening: Promise<void> | null = null;
  private loadersOfTransaction: Loaders | null = null;
  readonly attachments: AttachmentRequest;
  readonly organizationSettings: OrganizationSettings;
  readonly operationLimits: OperationLimits;
  readonly webhookSettings: WebhookUrlPolicy;

  constructor(
    private readonly deps: ContextDependencies,
    services: RequestServices,
    private readonly credential: Credential,
    private readonly requestedOrg: string | null,
  ) {
    this.attachments = services.attachments;
    this.organizationSettings = services.organizationSettings;
    this.operationLimits = services.operationLimits;
    this.webhookSettings = services.webhookSettings;
  }

  /** The identity-provider subject, or `cf-api-key:<prefix>` for a key (keys the slots; never the secret). */
  private get subject(): string {
    return this.credential.kind === 'user' ? this.credential.identity.subject : `cf-api-key:${this.credential.apiKey.prefix}`;
  }

  get prisma(): TransactionClient {
    if (!this.transaction) throw new Error('the request transaction is not open: a resolver ran before the tenant door');
    return this.transaction.tx;
  }

  get loaders(): Loaders {
    this.loadersOfTransaction ??= new Loaders(this.prisma);
    return this.loadersOfTransaction;
  }

  begin(): Promise<void> {
    this.opening ??= this.open();
    return this.opening;
  }

  private async open(): Promise<void> {
    const { limits, slots, database } = this.deps;
    const started = Date.now();
    const key = slots.keyFor(this.subject, this.requestedOrg);
    try {
      this.releaseSlot = await slots.acquire(key, started + limits.acquireTimeoutMs);
    } catch (error) {
      if (error instanceof SlotWaitTimeout) throw tooManyConcurrentRequests(limits.acquireTimeoutMs);
      throw error;
    }
    let transaction: RequestTransaction<RequestBinding | undefined>;
    for (let attempt = 1; ; attempt += 1) {
      try {
        transaction = await openRequestTransaction(
          database.prisma,
          async (tx) => (await tx.$queryRawUnsafe<RequestBinding[]>(beginStatement(this.credential, this.requestedOrg, limits)))[0],
          // What is left of the acquire budget after waiting for the slot bounds the pool wait.
          { timeoutMs: limits.requestTimeoutMs, maxWaitMs: Math.max(1, started + limits.acquireTimeoutMs - Date.now()) },
        );
        break;
      } catch (error) {
        // A pooled connection the server closed (a restart, a terminated backend) fails on its
        // first statement and leaves the pool; nothing ran yet, so one retry on a fresh one is safe.
        if (attempt === 1 && isConnectionLost(error)) continue;
        this.releaseSlot();
        if (isPoolWaitTimeout(error)) throw serverBusy(limits.acquireTimeoutMs);
        // app.begin_request refuses a deleted organization (sql/10_tenancy.sql): a 403 like a non-member's.
        if (isPendingDeletion(error)) throw organizationPendingDeletion();
        throw error;
      }
    }
    this.transaction = transaction;
    const binding = transaction.setup;
    if (!binding) throw invalidToken(INVALID_API_KEY);
    const { user_id: userId, role, is_platform_admin: isPlatformAdmin, api_key_id: apiKeyId } = binding;
    if (this.requestedOrg) this.deps.slots.remember(this.subject, this.requestedOrg, role !== null);
    if (this.requestedOrg && !role) {
      throw forbidden(
        apiKeyId ? 'An API key acts for its own organization only: send no X-Organization-Id' : 'You are not a member of this organization',
      );
    }
    const identity = this.credential.kind === 'user' ? this.credential.identity : null;
    this.viewer = {
      userId,
      subject: this.subject,
      isPlatformAdmin,
      email: identity?.email ?? null,
      emailVerified: identity?.emailVerified ?? false,
      apiKeyId,
    };
    this.orgId = role ? binding.org_id : null;
    this.role = role;
    if (apiKeyId && this.orgId) this.deps.apiKeyUsage.record(apiKeyId, this.orgId);
    const record = currentRequest();
    if (record) {
      record.userId = userId;
      if (this.orgId) record.orgId = this.orgId;
      if (role) record.role = role;
    }
  }

  async finish(commit: boolean): Promise<void> {
    // A begin() still under way (a sibling root field failed first) must settle before we end it.
    await this.opening?.catch(() => {});
    const transaction = this.transaction;
    this.transaction = null;
    try {
      await transaction?.finish(commit && this.viewer !== null);
    } finally {
      this.releaseSlot?.();
      this.releaseSlot = null;
    }
  }
}

/** The connection died under the statement: the server went away, not the statement's fault. */
export function isConnectionLost(error: unknown): boolean {
  const { code } = databaseCause(error);
  if (code) return code.startsWith('08') || /^57P0[1-3]$/.test(code);
  return error instanceof Error && /connection terminated|not queryable|ECONNRESET|ConnectionClosed/i.test(error.message);
}

function isPendingDeletion(error: unknown): boolean {
  const { code, message } = databaseCause(error);
  return code === 'P0001' && (message ?? '').includes('pending deletion');
}

/** Prisma's answer when no pool connection came free within maxWait (P2028, "Unable to start a transaction"). */
function isPoolWaitTimeout(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'P2028' && /unable to start a transaction/i.test(error.message);
}
