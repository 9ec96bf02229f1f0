import type http from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import {
  GraphQLError,
  getOperationAST,
  parse,
  specifiedRules,
  subscribe,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { ConnectionInitMessage } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import { isApiKeySecret } from '../auth/api-key-secret.js';
import type { ApolloServerPlugin } from '@apollo/server';
import { createContext, type Context, type ContextDependencies, type RequestServices } from '../context/index.js';
import type { EventListener } from '../events/listener.js';
import { checkOperationCost, type OperationLimits } from '../limits/index.js';
import { documentLimitRules, tokenLimitError, tokenLimitParseOptions } from '../limits/document-limits.js';
import { formatError, toClientError } from '../schema/error-mapping.js';
import { ClientFlowError, ErrorCode } from '../schema/errors.js';
import type { TrustedDocuments } from '../trusted-documents/manifest.js';
import { SubscriptionContext, type SubscriptionSession } from './context.js';
import { CloseCode } from './stream.js';

export interface RealtimeOptions {
  httpServer: http.Server;
  /** The schema with the tenant door applied (the same one Apollo serves). */
  schema: GraphQLSchema;
  deps: ContextDependencies;
  /** The request services of a connection (file links point back at the origin the client used). */
  servicesFor(request: http.IncomingMessage): RequestServices;
  listener: EventListener;
  operationLimits: OperationLimits;
  limits: { maxPendingEvents: number; maxBufferedBytes: number; maxSubscriptionsPerConnection: number; maxMessageBytes: number };
  /** Under TRUSTED_DOCUMENTS_ONLY (and for API keys always), only these documents' texts may run. */
  trustedDocuments: TrustedDocuments;
  trustedDocumentsOnly: boolean;
  production: boolean;
  logger: Logger;
}

export interface RealtimeServer {
  /** Open WebSocket connections (tests, metrics). */
  connectionCount(): number;
  /** Closes every socket (1001 going away) and stops accepting upgrades. */
  dispose(): Promise<void>;
}

/** What connection_init established: the credentials every subscription of the socket runs with. */
interface Connection {
  headers: IncomingHttpHeaders;
  trustedOnly: boolean;
  expiry: NodeJS.Timeout | null;
  session: SubscriptionSession;
}

/** How long a stopping server waits for its WebSocket clients to answer the close handshake. */
const CLOSE_GRACE_MS = 1000;

/** setTimeout's longest delay (about 24.8 days); a later expiry is still refused by every delivery's own check. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A connectionParams value by its header name, in any case (clients send `Authorization` or `authorization`). */
function param(params: Readonly<Record<string, unknown>> | undefined, name: string): string | undefined {
  if (!params) return undefined;
  for (const [key, value] of Object.entries(params)) {
    if (key.toLowerCase() === name && typeof value === 'string') return value;
  }
  return undefined;
}

/** A refusal of a subscribe message, with a code formatError passes on (schema/error-mapping.ts). */
const requestError = (message: string, code: string) => new GraphQLError(message, { extensions: { code } });

/** graphql-js's parse and validation errors carry no code; Apollo's are given theirs. */
const withCode = (error: GraphQLError, code: string) =>
  error instanceof ClientFlowError || error.originalError instanceof ClientFlowError
    ? error
    : new GraphQLError(error.message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        extensions: { ...error.extensions, code },
      });

/**
 * GraphQL subscriptions over WebSocket (the graphql-transport-ws protocol of graphql-ws) on the
 * HTTP server's /graphql path (README "Realtime").
 *
 * connection_init carries the HTTP headers as connectionParams (`Authorization: Bearer …`,
 * `X-Organization-Id`); the token is verified then (a bad one closes the socket with 4401) and
 * the socket closes with 4401 when it expires. Each subscription starts behind the tenant door
 * (membership and role read in a transaction of its own) and each event is delivered in a
 * transaction of its own (realtime/stream.ts), ended here once its result is known. Only
 * subscription operations run here, under the document limits and the cost limit of HTTP.
 */
export function attachRealtime(options: RealtimeOptions): RealtimeServer {
  const { schema, deps, logger, limits } = options;
  const wss = new WebSocketServer({ server: options.httpServer, path: '/graphql', maxPayload: limits.maxMessageBytes });
  const connections = new WeakMap<WebSocket, Connection>();
  const validationRules = [...specifiedRules, ...documentLimitRules(options.operationLimits)];
  const format = (error: GraphQLError): GraphQLFormattedError =>
    formatError(error.toJSON(), error, {
      production: options.production,
      logError: (err) => logger.error({ err }, 'internal error in a subscription'),
    });

  const disposable = useServer<ConnectionInitMessage['payload'], Record<PropertyKey, never>>(
    {
      schema,
      isProd: options.production,
      onConnect: async (ctx) => {
        const { socket, request } = ctx.extra;
        const refuse = (code: number, reason: string) => {
          socket.close(code, reason);
          return false;
        };
        const authorization = param(ctx.connectionParams, 'authorization');
        const organization = param(ctx.connectionParams, 'x-organization-id');
        if (!authorization) return refuse(CloseCode.UNAUTHORIZED, 'Unauthorized: connectionParams need Authorization: Bearer <token>');
        const headers: IncomingHttpHeaders = { authorization, ...(organization ? { 'x-organization-id': organization } : {}) };
        const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
        let expiresAt: number | null = null;
        try {
          // The same checks as an HTTP request's headers: the token, the organization header's form.
          await createContext(deps, headers, options.servicesFor(request));
          if (token && !isApiKeySecret(token)) expiresAt = (await deps.verifyAccessToken(token)).expiresAt;
        } catch (error) {
          const code = toClientError(error)?.extensions.code;
          if (code === ErrorCode.UNAUTHENTICATED) return refuse(CloseCode.UNAUTHORIZED, 'Unauthorized: the token is not valid');
          if (code === ErrorCode.BAD_USER_INPUT) return refuse(4400, 'Bad request: X-Organization-Id is not an organization id');
          logger.error({ err: error }, 'a WebSocket connection could not be authenticated');
          return refuse(CloseCode.INTERNAL_ERROR, 'Internal server error');
        }
        // The client may have gone while the token was checked: onClose already ran for it.
        if (socket.readyState !== socket.OPEN) return false;
        const connection: Connection = {
          headers,
          trustedOnly: options.trustedDocumentsOnly || (token !== undefined && isApiKeySecret(token)),
          expiry: null,
          session: {
            listener: options.listener,
            maxPendingEvents: limits.maxPendingEvents,
            maxBufferedBytes: limits.maxBufferedBytes,
            bufferedBytes: () => socket.bufferedAmount,
            close: (code, reason) => {
              // Why the server ended a connection (never its token or a payload).
              logger.info({ closeCode: code, reason }, 'closed a WebSocket connection');
              socket.close(code, reason);
            },
            logger,
          },
        };
        if (expiresAt !== null) {
          connection.expiry = setTimeout(
            () => connection.session.close(CloseCode.UNAUTHORIZED, 'Unauthorized: the token expired'),
            Math.min(MAX_TIMER_MS, Math.max(0, expiresAt - Date.now())),
          );
          connection.expiry.unref();
        }
        connections.set(socket, connection);
        return true;
      },
      onSubscribe: (ctx, _id, payload): ExecutionArgs | readonly GraphQLError[] => {
        const { socket, request } = ctx.extra;
        const connection = connections.get(socket);
        if (!connection) return [new ClientFlowError(ErrorCode.UNAUTHENTICATED, 'The connection is not initialised')];
        if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerConnection) {
          return [
            new ClientFlowError(
              ErrorCode.OPERATION_LIMIT_EXCEEDED,
              `At most ${limits.maxSubscriptionsPerConnection} subscriptions may run on one connection: complete one first`,
              { limit: 'subscriptions', maximum: limits.maxSubscriptionsPerConnection },
            ),
          ];
        }
        if (connection.trustedOnly && !options.trustedDocuments.containsText(payload.query)) {
          return [
            requestError('Only trusted documents may run for this caller, and this text is not one of them', 'PERSISTED_QUERY_NOT_IN_LIST'),
          ];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, tokenLimitParseOptions(options.operationLimits));
        } catch (error) {
          const limit = tokenLimitError(error);
          if (limit) return [limit];
          return [
            error instanceof GraphQLError
              ? withCode(error, 'GRAPHQL_PARSE_FAILED')
              : requestError('The document could not be parsed', 'GRAPHQL_PARSE_FAILED'),
          ];
        }
        const errors = validate(schema, document, validationRules);
        if (errors.length > 0) return errors.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [requestError('Unable to identify the operation: name it with operationName', 'BAD_REQUEST')];
        if (operation.operation !== 'subscription') {
          return [requestError('Only subscriptions run over the WebSocket: send queries and mutations to POST /graphql', 'BAD_REQUEST')];
        }
        try {
          checkOperationCost(options.operationLimits, {
            schema,
            document,
            operationName: payload.operationName ?? undefined,
            variables: payload.variables ?? {},
          });
        } catch (error) {
          const refused = toClientError(error);
          if (refused) return [refused];
          throw error;
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: new SubscriptionContext(deps, connection.headers, options.servicesFor(request), connection.session),
        };
      },
      subscribe: async (args) => {
        const result = await subscribe(args);
        if (!(Symbol.asyncIterator in result) || !(args.contextValue instanceof SubscriptionContext)) return result;
        return new DeliveredResults(result, args.contextValue, logger);
      },
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: result.errors.map(format) } : undefined),
      onError: (_ctx, _id, _payload, errors) => errors.map(format),
      onClose: (ctx) => {
        const connection = connections.get(ctx.extra.socket);
        if (connection?.expiry) clearTimeout(connection.expiry);
        connections.delete(ctx.extra.socket);
      },
    },
    wss,
  );

  return {
    connectionCount: () => wss.clients.size,
    dispose: async () => {
      // 1001 to every client; one that does not answer the close handshake (it stopped reading)
      // is cut off after CLOSE_GRACE_MS rather than holding the shutdown for its whole timeout.
      const cutOff = setTimeout(() => wss.clients.forEach((client) => client.terminate()), CLOSE_GRACE_MS);
      try {
        await disposable.dispose();
      } finally {
        clearTimeout(cutOff);
      }
    },
  };
}

export type { Extra };

/**
 * Apollo would execute a subscription sent over HTTP like a query (its field's resolver without
 * an event): refused before execution, so no transaction opens (before the request transaction
 * plugin in the plugin list).
 */
export function refuseSubscriptionsOverHttp(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'subscription') {
            throw new GraphQLError(
              'Subscriptions run over the WebSocket protocol graphql-transport-ws on /graphql (README "Realtime"), not over HTTP',
              { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

/**
 * The results of one subscription as graphql executes them: after each event's result is known,
 * the delivery's transaction ends (committed when the result has no errors; it only read). An
 * explicit iterator, so graphql-ws's return() reaches the event stream underneath.
 */
class DeliveredResults implements AsyncIterableIterator<ExecutionResult> {
  private readonly inner: AsyncIterator<ExecutionResult>;

  constructor(
    results: AsyncIterable<ExecutionResult>,
    private readonly ctx: SubscriptionContext,
    private readonly logger: Logger,
  ) {
    this.inner = results[Symbol.asyncIterator]();
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    let result: IteratorResult<ExecutionResult>;
    try {
      result = await this.inner.next();
    } catch (error) {
      await this.end(false);
      throw error;
    }
    await this.end(!result.done && !result.value.errors?.length);
    return result;
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    return (await this.inner.return?.()) ?? { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private async end(commit: boolean): Promise<void> {
    try {
      await this.ctx.finish(commit);
    } catch (error) {
      this.logger.error({ err: error }, 'a subscription delivery transaction failed to end');
    }
  }
}
