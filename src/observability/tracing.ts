/**
 * OpenTelemetry tracing, loaded with `--import` before the application (the start scripts in
 * package.json do it): an instrumentation patches `pg`, `graphql` and `http` only if it is in
 * place before they are first loaded, and an ES module's static imports are all loaded before
 * its first line runs, so main.ts cannot start it itself. Those three are CommonJS: even when
 * imported from ESM, the files the instrumentations patch (pg/lib/client.js,
 * graphql/execution/execute.js, …) are loaded through require, which require-in-the-middle hooks.
 * An import-in-the-middle loader hook (OpenTelemetry's recipe for ES modules) added no span on
 * Node 20.20 or 22.23 (tests/observability/tracing.test.ts passes without it), only a loader
 * thread; an ESM-only library would need it. Without an OTLP endpoint this module imports
 * nothing else: zero cost.
 *
 * Configured with the standard variables: OTEL_EXPORTER_OTLP_ENDPOINT (or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT), OTEL_SERVICE_NAME, OTEL_EXPORTER_OTLP_HEADERS,
 * OTEL_TRACES_SAMPLER(_ARG), OTEL_BSP_* (batching); OTEL_SDK_DISABLED=true turns it off.
 */
import { tracingRequested } from './tracing-control.js';

if (tracingRequested(process.env)) {
  const { startTracing } = await import('./tracing-sdk.js');
  await startTracing();
}
