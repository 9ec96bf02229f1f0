import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Config } from './config.js';
import { flushTracing } from './observability/tracing-control.js';

/**
 * WEB_CONCURRENCY > 1 (README "More than one process"): the primary does the one-time work
 * (database, migrations, demo seed, the token), then forks that many workers; each runs
 * `serve` (its own pool and server) and node:cluster shares PORT among them, the primary
 * handing each new connection to the next worker in turn.
 */

/** What the primary resolved once and hands each worker (in its environment, as JSON). */
const workerSetupSchema = z.object({
  /** The RLS-bound connection: DATABASE_URL or the embedded database's. */
  appUrl: z.string(),
  sandboxDemo: z.object({ token: z.string(), organizationId: z.string() }).nullable(),
});
export type WorkerSetup = z.infer<typeof workerSetupSchema>;
const SETUP_VARIABLE = 'CLIENTFLOW_WORKER_SETUP';

/** A worker's message once its server listens. */
const readyMessageSchema = z.object({ ready: z.number() });

/**
 * More deaths than this within RESTART_WINDOW_MS is a crash loop (the database gone, a bug at
 * start-up): the primary stops everything and exits 1, for the supervisor to see, rather than
 * fork forever.
 */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;

/** A worker: serves with what the primary resolved, and stops with it. */
export async function runWorker(config: Config, logger: Logger): Promise<void> {
  const setup = workerSetupSchema.parse(JSON.parse(process.env[SETUP_VARIABLE] ?? 'null'));
  // Imported here, not by main.ts: the primary never serves (the server's modules are 36 MB of RSS).
  const { serve } = await import('./serve.js');
  const { port, shutdown } = await serve({ config, appUrl: setup.appUrl, logger, sandboxDemo: setup.sandboxDemo });
  // The primary died without stopping us (SIGKILL): new connections no longer arrive, so drain and exit.
  process.on('disconnect', () => void shutdown('primary gone'));
  process.send?.({ ready: port });
}

/**
 * The primary: forks config.WEB_CONCURRENCY workers and resolves with the port once every one
 * listens. A worker that dies is logged and replaced; SIGTERM/SIGINT drains every worker (each
 * runs serve's graceful stop), then `afterStop` (the embedded PostgreSQL) runs and the primary
 * exits, 0 when every worker stopped cleanly.
 */
export function runWorkers(options: {
  config: Config;
  setup: WorkerSetup;
  logger: Logger;
  afterStop: () => Promise<void>;
}): Promise<number> {
  const { config, logger } = options;
  const env = { [SETUP_VARIABLE]: JSON.stringify(options.setup) };
  const ready = new Set<number>();
  const restarts: number[] = [];
  let stopping = false;
  let allListening: (port: number) => void = () => {};
  const listening = new Promise<number>((resolve) => (allListening = resolve));

  const fork = () => {
    const worker = cluster.fork(env);
    worker.on('message', (message: unknown) => {
      const parsed = readyMessageSchema.safeParse(message);
      if (!parsed.success) return;
      ready.add(worker.id);
      if (ready.size === config.WEB_CONCURRENCY) allListening(parsed.data.ready);
    });
    return worker;
  };

  const liveWorkers = (): Worker[] => Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);

  const stop = async (reason: string, failed = false) => {
    if (stopping) return;
    stopping = true;
    const workers = liveWorkers().filter((worker) => !worker.isDead());
    logger.info({ signal: reason, workers: workers.length }, 'shutting down: draining every worker');
    const exits = workers.map((worker) => new Promise<boolean>((done) => worker.once('exit', (code) => done(code === 0))));
    for (const worker of workers) worker.process.kill('SIGTERM');
    // Each worker's own deadline is SHUTDOWN_TIMEOUT_MS + 5 s (src/serve.ts); this one is later.
    const hardStop = setTimeout(
      () => {
        logger.error('workers took too long to stop: killing them');
        for (const worker of liveWorkers()) worker.process.kill('SIGKILL');
      },
      config.SHUTDOWN_SETTLE_MS + config.SHUTDOWN_TIMEOUT_MS + 10_000,
    );
    const clean = (await Promise.all(exits)).every(Boolean);
    clearTimeout(hardStop);
    await options.afterStop();
    await flushTracing();
    logger.info('stopped');
    process.exit(clean && !failed ? 0 : 1);
  };

  cluster.on('exit', (worker, code, signal) => {
    ready.delete(worker.id);
    if (stopping) return;
    logger.error({ workerPid: worker.process.pid, code, signal }, 'an API worker died');
    const now = Date.now();
    while (restarts.length > 0 && now - restarts[0]! > RESTART_WINDOW_MS) restarts.shift();
    if (restarts.length >= MAX_RESTARTS) {
      logger.fatal({ restarts: restarts.length, windowMs: RESTART_WINDOW_MS }, 'workers keep dying: stopping');
      void stop('crash loop', true);
      return;
    }
    restarts.push(now);
    logger.info({ workerPid: fork().process.pid }, 'started another API worker');
  });
  process.on('SIGINT', (signal) => void stop(signal));
  process.on('SIGTERM', (signal) => void stop(signal));

  for (let i = 0; i < config.WEB_CONCURRENCY; i += 1) fork();
  return listening;
}
