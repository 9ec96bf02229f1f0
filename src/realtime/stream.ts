import { tenantOf, type Context, type TenantContext } from '../context/index.js';
import type { EventNotice } from '../events/listener.js';
import type { DomainEventType } from '../events/types.js';
import { toClientError } from '../schema/error-mapping.js';
import { ErrorCode } from '../schema/errors.js';
import { subscriptionOf, type SubscriptionContext } from './context.js';

/** The close codes of README "Realtime" (graphql-ws's own: 4400 bad request, 4401, 4403, 4408 init timeout). */
export const CloseCode = {
  /** The token expired or no longer verifies: sign in again, then reconnect. */
  UNAUTHORIZED: 4401,
  /** The membership is gone (or no longer allows the subscription). */
  FORBIDDEN: 4403,
  /** The client did not keep up: events queued past SUBSCRIPTION_MAX_PENDING_EVENTS or SUBSCRIPTION_MAX_BUFFERED_BYTES. */
  SLOW_CONSUMER: 1008,
  /** The server failed delivering an event. */
  INTERNAL_ERROR: 1011,
  /** The server is busy (the organization's connections, or the pool): reconnect a little later. */
  TRY_AGAIN_LATER: 1013,
  /** The server is stopping. */
  GOING_AWAY: 1001,
} as const;

/** What a subscription field delivers: which events, how their record is loaded, which ones match. */
export interface EventSource<Row> {
  /** The Subscription field (its permission is applied again on every delivery). */
  field: string;
  types: ReadonlySet<DomainEventType>;
  /** Private events (a notification) reach only the user the notice names. */
  privateToUser?: boolean;
  /** Loads the event's record under RLS in the delivery's transaction; null when it is not visible (or gone). */
  load(ctx: TenantContext, notice: EventNotice): Promise<Row | null>;
  /** The subscription's filter, applied to the loaded record. */
  matches(row: Row): boolean;
}

/** A delivered event: the record's key (the field's resolver loads the selection the operation asks for) and the event. */
export interface EventPayload<Row> {
  orgId: string;
  id: string;
  type: DomainEventType;
  row: Row;
}

const DONE = { done: true, value: undefined } as const;

/** The socket close code of a failed delivery's error. */
export function closeCodeOf(error: unknown): { code: number; reason: string } {
  switch (toClientError(error)?.extensions.code) {
    case ErrorCode.UNAUTHENTICATED:
      return { code: CloseCode.UNAUTHORIZED, reason: 'Unauthorized: the token is no longer valid' };
    case ErrorCode.FORBIDDEN:
      return { code: CloseCode.FORBIDDEN, reason: 'Forbidden: no longer a member allowed to subscribe' };
    case ErrorCode.TOO_MANY_CONCURRENT_REQUESTS:
    case ErrorCode.SERVER_BUSY:
    case ErrorCode.REQUEST_TIMEOUT:
      return { code: CloseCode.TRY_AGAIN_LATER, reason: 'The server is busy: reconnect later' };
    default:
      return { code: CloseCode.INTERNAL_ERROR, reason: 'Internal server error' };
  }
}

/**
 * The source stream of one subscription: the organization's notices from the process's LISTEN
 * connection, queued (bounded) until the client takes them. An explicit iterator rather than an
 * async generator, so return() ends it even while next() is waiting for a notice.
 *
 * next() opens the delivery's transaction (SubscriptionContext.beginDelivery: the token verified
 * again, the membership and role read again, the field's permission applied), loads the record
 * under RLS and applies the filter; a record that is not visible or does not match is skipped.
 * The transaction stays open while graphql executes the payload's selection and is ended by the
 * WebSocket server once the result is known (realtime/server.ts). A failed delivery closes the
 * socket (4401, 4403, 1013 or 1011) and ends the stream.
 */
export class EventStream<Row> implements AsyncIterableIterator<EventPayload<Row>> {
  private readonly queue: EventNotice[] = [];
  private waiting: ((notice: EventNotice | null) => void) | null = null;
  private finished = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly ctx: SubscriptionContext,
    private readonly source: EventSource<Row>,
  ) {
    const orgId = tenantOf(ctx).orgId;
    this.unsubscribe = ctx.session.listener.subscribe(orgId, (notice) => this.push(notice));
  }

  private push(notice: EventNotice): void {
    if (this.finished || !this.source.types.has(notice.type)) return;
    // The viewer is known since the subscription started (the tenant door read it).
    if (this.source.privateToUser && notice.userId !== this.ctx.viewer?.userId) return;
    // Each delivery loads the record as it is then: a record already waiting is delivered once
    // (a deal moved into a won stage has deal.stage_changed and deal.won; a burst of edits).
    if (this.queue.some((queued) => queued.entityId === notice.entityId)) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve(notice);
      return;
    }
    const { session } = this.ctx;
    this.queue.push(notice);
    if (this.queue.length > session.maxPendingEvents || session.bufferedBytes() > session.maxBufferedBytes) {
      this.end();
      session.close(CloseCode.SLOW_CONSUMER, 'Slow consumer: events were not read fast enough');
    }
  }

  private nextNotice(): Promise<EventNotice | null> | EventNotice | null {
    const queued = this.queue.shift();
    if (queued) return queued;
    if (this.finished) return null;
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  async next(): Promise<IteratorResult<EventPayload<Row>>> {
    for (;;) {
      const notice = await this.nextNotice();
      if (!notice || this.finished) return DONE;
      let delivering = false;
      try {
        await this.ctx.beginDelivery(this.source.field);
        const tenant = tenantOf(this.ctx);
        const row = await this.source.load(tenant, notice);
        if (row === null || !this.source.matches(row) || this.finished) {
          await this.ctx.finish(true);
          if (this.finished) return DONE;
          continue;
        }
        delivering = true;
        return { done: false, value: { orgId: tenant.orgId, id: notice.entityId, type: notice.type, row } };
      } catch (error) {
        if (!delivering) await this.ctx.finish(false).catch(() => {});
        const { code, reason } = closeCodeOf(error);
        if (code === CloseCode.INTERNAL_ERROR) this.ctx.session.logger.error({ err: error }, 'a subscription event could not be delivered');
        this.end();
        this.ctx.session.close(code, reason);
        return DONE;
      }
    }
  }

  async return(): Promise<IteratorResult<EventPayload<Row>>> {
    this.end();
    return DONE;
  }

  async throw(error: unknown): Promise<IteratorResult<EventPayload<Row>>> {
    this.end();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Stops listening and wakes a waiting next() with the end. */
  private end(): void {
    if (this.finished) return;
    this.finished = true;
    this.queue.length = 0;
    this.unsubscribe();
    const resolve = this.waiting;
    this.waiting = null;
    resolve?.(null);
  }
}

/** The filter values a subscription was given, without the ones left out (null or absent: no condition). */
export type EventFilter<Row> = { [Key in keyof Row]?: Row[Key] | null };

/** Whether a loaded record has every value the filter names. */
export function matchesFilter<Row extends object>(row: Row, filter: EventFilter<Row>): boolean {
  for (const key of Object.keys(filter) as (keyof Row)[]) {
    const wanted = filter[key];
    if (wanted !== undefined && wanted !== null && row[key] !== wanted) return false;
  }
  return true;
}

/** The source stream of a Subscription field's `subscribe` (over the WebSocket only: BAD_USER_INPUT elsewhere). */
export function subscribeToEvents<Row extends object>(
  ctx: Context,
  source: Omit<EventSource<Row>, 'matches'> & { filter: EventFilter<Row> },
) {
  const { filter, ...rest } = source;
  return new EventStream<Row>(subscriptionOf(ctx), { ...rest, matches: (row) => matchesFilter(row, filter) });
}
