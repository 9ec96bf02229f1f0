import type { PrismaClient } from '../generated/prisma/client.js';

export type TransactionClient = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export interface RequestTransaction<T> {
  tx: TransactionClient;
  /** What `setup` returned (it ran as the transaction's first statement). */
  setup: T;
  /** Commits (true) or rolls back (false); resolves when the database has answered. */
  finish(commit: boolean): Promise<void>;
}

class Rollback extends Error {}

/**
 * Opens one interactive transaction that outlives the call: the GraphQL request runs all its
 * resolvers through `tx`, and the server calls `finish` when the response is ready. Prisma's
 * `timeout` bounds how long a request may hold a connection (the request deadline), `maxWait`
 * how long it may wait for one.
 */
export function openRequestTransaction<T>(
  prisma: PrismaClient,
  setup: (tx: TransactionClient) => Promise<T>,
  options: { timeoutMs: number; maxWaitMs: number },
): Promise<RequestTransaction<T>> {
  return new Promise((resolveOpen, rejectOpen) => {
    let opened = false;
    let decide!: (commit: boolean) => void;
    const decision = new Promise<boolean>((resolve) => (decide = resolve));
    const completion = prisma
      .$transaction(
        async (tx) => {
          const result = await setup(tx);
          opened = true;
          resolveOpen({
            tx,
            setup: result,
            finish: async (commit) => {
              decide(commit);
              await completion.catch((error) => {
                if (!(error instanceof Rollback)) throw error;
              });
            },
          });
          if (!(await decision)) throw new Rollback('request rolled back');
        },
        { timeout: options.timeoutMs, maxWait: options.maxWaitMs },
      )
      .catch((error) => {
        if (!opened) rejectOpen(error);
        throw error;
      });
    // finish() observes the outcome; this keeps an unobserved rollback from being reported as unhandled.
    completion.catch(() => {});
  });
}
