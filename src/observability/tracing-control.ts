/** Whether the environment asks for traces (an OTLP endpoint, and the SDK not disabled). */
export function tracingRequested(env: NodeJS.ProcessEnv): boolean {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  return Boolean(endpoint) && env.OTEL_SDK_DISABLED !== 'true';
}

let flush: (() => Promise<void>) | null = null;

/** Set by the tracing SDK when it starts; main's shutdown calls flushTracing. */
export function onTracingShutdown(shutdown: () => Promise<void>): void {
  flush = shutdown;
}

/** Whether the tracing SDK was started in this process (by `--import ./src/observability/tracing.ts`). */
export const tracingStarted = (): boolean => flush !== null;

/** Exports the spans still batched (a no-op when tracing is off); call before the process exits. */
export async function flushTracing(): Promise<void> {
  await flush?.();
}
