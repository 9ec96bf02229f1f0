import { createClient, type Client } from 'graphql-ws';
import type { FormattedExecutionResult } from 'graphql';
import pino from 'pino';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config.js';
import { createDatabase } from '../../src/db/client.js';
import { createServer, type AppServer } from '../../src/server.js';
import { eventually } from './eventually.js';
import { TEST_JWT_SECRET, testTrustedDocuments, type Actor, type TestApp } from './app.js';

/** Another API server on the test app's database, with its own pool and its own LISTEN connection (another process, as far as PostgreSQL can tell). */
export interface SecondServer {
  server: AppServer;
  /** ws://…/graphql */
  wsUrl: string;
  close(): Promise<void>;
}

export async function startSecondServer(app: TestApp, env: Record<string, string> = {}): Promise<SecondServer> {
  const config = loadConfig({
    NODE_ENV: 'test',
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    DATABASE_URL: app.databaseUrl,
    DATABASE_POOL_SIZE: '5',
    DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '15000',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const database = createDatabase(app.databaseUrl, { poolSize: 5 });
  const server = await createServer({ config, database, logger: pino({ level: 'silent' }), trustedDocuments: testTrustedDocuments() });
  const port = await server.listen(0, '127.0.0.1');
  return {
    server,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    close: async () => {
      await server.stop();
      await database.close();
    },
  };
}

/** The WebSocket URL of a test app's own server. */
export const wsUrlOf = (app: TestApp) => app.url.replace(/^http/, 'ws');

/** How a subscription went: what it received, and how it (or its socket) ended. */
export class Subscription<T = Record<string, unknown>> {
  readonly results: FormattedExecutionResult<T, unknown>[] = [];
  completed = false;
  error: unknown = undefined;
  /** The data of every result without errors. */
  get data(): T[] {
    return this.results.filter((result) => !result.errors && result.data).map((result) => result.data!);
  }
  get errorCodes(): unknown[] {
    return this.results.flatMap((result) => result.errors ?? []).map((error) => error.extensions?.code);
  }
}

/** A graphql-ws client as a browser would open it, with the HTTP headers as connectionParams. */
export class Subscriber {
  readonly client: Client;
  /** The close code of the socket, once closed. */
  closeCode: number | null = null;
  closeReason = '';
  private readonly subscriptions: (() => void)[] = [];

  constructor(url: string, connectionParams: Record<string, string>) {
    this.client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams,
      lazy: false,
      retryAttempts: 0,
      shouldRetry: () => false,
      onNonLazyError: () => {},
      on: {
        closed: (event) => {
          if (event instanceof Object && 'code' in event && typeof event.code === 'number') {
            this.closeCode = event.code;
            this.closeReason = 'reason' in event ? String(event.reason) : '';
          }
        },
      },
    });
  }

  static as(url: string, actor: Actor | null, orgId: string | null | undefined = actor?.orgId): Subscriber {
    return new Subscriber(url, {
      ...(actor ? { Authorization: `Bearer ${actor.token}` } : {}),
      ...(orgId ? { 'X-Organization-Id': orgId } : {}),
    });
  }

  subscribe<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Subscription<T> {
    const subscription = new Subscription<T>();
    const stop = this.client.subscribe<T>(
      { query, variables },
      {
        next: (result) => subscription.results.push(result),
        error: (error) => {
          subscription.error = error;
        },
        complete: () => {
          subscription.completed = true;
        },
      },
    );
    this.subscriptions.push(stop);
    return subscription;
  }

  async closed(ms = 10_000): Promise<number> {
    await eventually(() => this.closeCode !== null, ms);
    return this.closeCode!;
  }

  async dispose(): Promise<void> {
    for (const stop of this.subscriptions) stop();
    await this.client.dispose();
  }
}

/** Waits until `server` runs `count` more event handlers than `before` (its subscriptions are listening). */
export async function listening(server: AppServer, count: number, ms = 10_000): Promise<void> {
  await eventually(() => server.events.handlerCount >= count, ms);
}

/** Lets notices that would arrive arrive (a negative test's wait). */
export const settle = (ms = 500) => new Promise((done) => setTimeout(done, ms));
