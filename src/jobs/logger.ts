import { Logger as WorkerLogger } from 'graphile-worker';
import type { Logger } from 'pino';

/**
 * graphile-worker's log lines through our pino logger (secret-safe serializers included), at the
 * matching level; its debug chatter (every job picked up) only at LOG_LEVEL=debug. Job payloads
 * are ids only, so nothing it prints is tenant content.
 */
export function workerLogger(logger: Logger): WorkerLogger {
  const jobs = logger.child({ component: 'jobs' });
  return new WorkerLogger((scope) => (level, message, meta) => {
    const fields = { ...scope, ...(meta ?? {}) };
    switch (level) {
      case 'error':
        jobs.error(fields, message);
        break;
      case 'warning':
        jobs.warn(fields, message);
        break;
      case 'info':
        jobs.info(fields, message);
        break;
      default:
        jobs.debug(fields, message);
    }
  });
}

/** For installing the schema: nothing but errors, which also reach the caller as a rejection. */
export const quietLogger = new WorkerLogger(() => () => {});
