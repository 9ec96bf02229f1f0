import pg from 'pg';
import type { Logger } from 'pino';
import { z } from 'zod';
import { DOMAIN_EVENT_TYPES, type DomainEventType } from './types.js';

/** The channel app.emit_event notifies (sql/80_events.sql). */
export const EVENTS_CHANNEL = 'clientflow_events';

/** What a notification carries: ids only; the record is loaded under RLS by whoever receives it. */
export interface EventNotice {
  orgId: string;
  eventId: string;
  type: DomainEventType;
  entityId: string;
  /** The recipient of a private event (a notification), else null. */
  userId: string | null;
}

const noticeSchema = z.object({
  o: z.uuid(),
  i: z.uuid(),
  t: z.enum(DOMAIN_EVENT_TYPES),
  e: z.uuid(),
  u: z.uuid().nullable(),
});

export type EventHandler = (notice: EventNotice) => void;

/** Reconnect delays after the listening connection is lost: doubling from 0.5 s up to 30 s. */
const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;

/**
 * One LISTEN connection per API process: PostgreSQL hands every committed event's notice to
 * every listener, so every process sees every event whichever process (or worker, or script)
 * wrote it. Handlers register per organization; a notice goes only to its organization's.
 *
 * LISTEN needs a session of its own: with PgBouncer in transaction mode, give this connection the
 * database directly (DATABASE_LISTEN_URL, README "Realtime"). While the connection is down,
 * notices are lost (PostgreSQL does not keep them); subscribers stay connected and see events
 * again once it is back. The outbox itself (the events table) loses nothing.
 */
export class EventListener {
  private client: pg.Client | null = null;
  private readonly handlers = new Map<string, Set<EventHandler>>();
  private stopped = false;
  private reconnectDelay = RECONNECT_MIN_MS;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly connectionString: string,
    private readonly logger: Logger,
  ) {}

  /** Resolves once listening; rejects when the first connection fails (a start-up error). */
  async start(): Promise<void> {
    await this.connect();
  }

  /** Registers a handler for one organization's events; returns its removal. */
  subscribe(orgId: string, handler: EventHandler): () => void {
    let set = this.handlers.get(orgId);
    if (!set) {
      set = new Set();
      this.handlers.set(orgId, set);
    }
    set.add(handler);
    return () => {
      set.delete(handler);
      if (set.size === 0 && this.handlers.get(orgId) === set) this.handlers.delete(orgId);
    };
  }

  /** How many handlers are registered (metrics and tests). */
  get handlerCount(): number {
    let count = 0;
    for (const set of this.handlers.values()) count += set.size;
    return count;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'clientflow-events' });
    client.on('notification', (message) => this.dispatch(message.payload));
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'the events listener lost its connection');
      this.lost(client);
    });
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    this.client = client;
    this.reconnectDelay = RECONNECT_MIN_MS;
  }

  private lost(client: pg.Client): void {
    if (this.client !== client || this.stopped) return;
    this.client = null;
    client.end().catch(() => {});
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(RECONNECT_MAX_MS, this.reconnectDelay * 2);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect().then(
        () => this.logger.info('the events listener is listening again'),
        (error: unknown) => {
          this.logger.warn({ err: error, retryInMs: this.reconnectDelay }, 'the events listener could not reconnect');
          this.scheduleReconnect();
        },
      );
    }, delay);
    this.reconnectTimer.unref();
  }

  private dispatch(payload: string | undefined): void {
    let parsed: z.infer<typeof noticeSchema>;
    try {
      parsed = noticeSchema.parse(JSON.parse(payload ?? ''));
    } catch {
      // Another program notifying our channel, or a newer event type than this process knows.
      this.logger.warn('ignored a malformed notice on the events channel');
      return;
    }
    const handlers = this.handlers.get(parsed.o);
    if (!handlers) return;
    const notice: EventNotice = { orgId: parsed.o, eventId: parsed.i, type: parsed.t, entityId: parsed.e, userId: parsed.u };
    for (const handler of handlers) {
      try {
        handler(notice);
      } catch (error) {
        this.logger.error({ err: error }, 'an event handler failed');
      }
    }
  }
}
