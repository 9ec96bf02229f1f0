import { IncomingMessage } from 'node:http';
import type { Span } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { loggablePath } from './logger.js';
import { onTracingShutdown } from './tracing-control.js';

/**
 * Span attributes that hold a URL: the query string of a GET /graphql carries the query and its
 * variables, and /files/<token> paths are signed grants. This instrumentation writes the stable
 * HTTP conventions (url.path, url.query); OTEL_SEMCONV_STABILITY_OPT_IN=http/dup adds the old ones.
 */
const OLD_HTTP_ATTRIBUTES = (process.env.OTEL_SEMCONV_STABILITY_OPT_IN ?? '').split(',').some((value) => value.trim() === 'http/dup');
function scrubHttpSpan(span: Span, request: IncomingMessage) {
  const path = loggablePath(request.url);
  span.setAttribute('url.path', path);
  if (request.url?.includes('?')) span.setAttribute('url.query', '[Redacted]');
  if (OLD_HTTP_ATTRIBUTES) span.setAttributes({ 'http.target': path, 'http.url': `${request.headers.host ?? ''}${path}` });
}

/**
 * SQL as sent: our own statements carry string literals (app.begin_request's subject, e-mail and
 * name travel as escaped literals so they fit into one message with BEGIN, see db/client.ts).
 */
const QUOTED_LITERAL = /E?'(?:[^']|'')*'/g;
function scrubSqlSpan(span: Span, query: { text: string }) {
  if (!query.text.includes("'")) return;
  const text = query.text.replace(QUOTED_LITERAL, "'?'");
  span.setAttributes({ 'db.statement': text, 'db.query.text': text });
}

export async function startTracing(): Promise<void> {
  const provider = new NodeTracerProvider({
    resource: defaultResource().merge(resourceFromAttributes({ 'service.name': process.env.OTEL_SERVICE_NAME || 'clientflow-api' })),
    // Endpoint, headers, timeout and batching come from the standard OTEL_* variables.
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        // Probes and scrapes every few seconds would outnumber the requests.
        ignoreIncomingRequestHook: (request) => ['/healthz', '/health', '/readyz', '/metrics'].includes(loggablePath(request.url)),
        requestHook: (span, request) => {
          if (request instanceof IncomingMessage) scrubHttpSpan(span, request);
        },
      }),
      // allowValues false (the default, said out loud): literals in graphql.source become '*';
      // variables are never recorded. One span per resolver would multiply the cost by the
      // fields of a page (a 50-deal board has ~1,000): the operation, parse, validate and
      // execute spans plus the SQL below them say where the time went.
      new GraphQLInstrumentation({ allowValues: false, ignoreResolveSpans: true, mergeItems: true }),
      // No parameter values on spans (enhancedDatabaseReporting false).
      new PgInstrumentation({ enhancedDatabaseReporting: false, requestHook: (span, info) => scrubSqlSpan(span, info.query) }),
    ],
  });
  onTracingShutdown(() => provider.shutdown());
}
