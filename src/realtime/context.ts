import type { IncomingHttpHeaders } from 'node:http';
import type { Logger } from 'pino';
import { authorize, permissionOf } from '../auth/authorize.js';
import { createContext, type Context, type ContextDependencies, type RequestServices, type Viewer } from '../context/index.js';
import type { Role } from '../auth/permissions.js';
import type { TransactionClient } from '../db/request-transaction.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { EventListener } from '../events/listener.js';
import type { Loaders } from '../context/loaders.js';
import { ClientFlowError, ErrorCode } from '../schema/errors.js';

/** What a subscription needs besides a request's context: the events and its socket. */
export interface SubscriptionSession {
  listener: EventListener;
  /** Events waiting for delivery beyond this close the socket (a slow consumer). */
  maxPendingEvents: number;
  /** Bytes the socket may have unsent beyond this close it too (a client that stopped reading). */
  maxBufferedBytes: number;
  bufferedBytes(): number;
  /** Closes the socket (graphql-ws close codes: 4401 token, 4403 access, 1008 slow consumer). */
  close(code: number, reason: string): void;
  /** For failed deliveries (never a token, a header or a payload: the safe serializers apply). */
  logger: Logger;
}

/**
 * The context of one subscription. It holds the connection's credentials (the headers its
 * connection_init carried), not a transaction: each delivery opens a request transaction of its
 * own through the same path as an HTTP request (createContext: the token verified again, so an
 * expired one is refused; Context.begin: app.begin_request reads the membership and role again,
 * so a revoked member gets nothing more), and ends it once the event's payload is executed
 * (realtime/server.ts). Between events no connection is held.
 */
export class SubscriptionContext implements Context {
  private current: Context | null = null;
  private known: { viewer: Viewer | null; orgId: string | null; role: Role | null } = { viewer: null, orgId: null, role: null };
  readonly attachments: RequestServices['attachments'];
  readonly organizationSettings: RequestServices['organizationSettings'];
  readonly operationLimits: RequestServices['operationLimits'];
  readonly webhookSettings: RequestServices['webhookSettings'];

  constructor(
    private readonly deps: ContextDependencies,
    private readonly headers: IncomingHttpHeaders,
    private readonly services: RequestServices,
    readonly session: SubscriptionSession,
  ) {
    this.attachments = services.attachments;
    this.organizationSettings = services.organizationSettings;
    this.operationLimits = services.operationLimits;
    this.webhookSettings = services.webhookSettings;
  }

  get viewer(): Viewer | null {
    return this.current?.viewer ?? this.known.viewer;
  }
  get orgId(): string | null {
    return this.current?.orgId ?? this.known.orgId;
  }
  get role(): Role | null {
    return this.current?.role ?? this.known.role;
  }

  get prisma(): TransactionClient | PrismaClient {
    if (!this.current) throw new Error('no event transaction is open: a subscription payload resolved outside its delivery');
    return this.current.prisma;
  }

  get loaders(): Loaders {
    if (!this.current) throw new Error('no event transaction is open: a subscription payload resolved outside its delivery');
    return this.current.loaders;
  }

  async begin(): Promise<void> {
    if (this.current) return this.current.begin();
    const context = await createContext(this.deps, this.headers, this.services);
    this.current = context;
    await context.begin();
    this.known = { viewer: context.viewer, orgId: context.orgId, role: context.role };
  }

  async finish(commit: boolean): Promise<void> {
    const context = this.current;
    this.current = null;
    await context?.finish(commit);
  }

  /** Opens the transaction of one delivery and applies the field's permission with the role read now. */
  async beginDelivery(field: string): Promise<void> {
    await this.begin();
    authorize(this, permissionOf('Subscription', field));
  }
}

/** The subscription context of a resolver, or BAD_USER_INPUT when the operation did not come over the WebSocket. */
export function subscriptionOf(ctx: Context): SubscriptionContext {
  if (ctx instanceof SubscriptionContext) return ctx;
  throw new ClientFlowError(ErrorCode.BAD_USER_INPUT, 'Subscriptions run over the WebSocket protocol graphql-transport-ws on /graphql');
}
