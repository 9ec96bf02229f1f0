import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { currentRequest } from '../observability/request-scope.js';

/** Counts round trips to PostgreSQL (and optionally their SQL and parameters), for N+1 guards, plan tests and the benchmark. */
export class StatementCounter {
  count = 0;
  statements: string[] = [];
  /** The parameters of statements[i] (for EXPLAIN in plan tests). */
  parameters: unknown[][] = [];
  recordText = false;
  reset() {
    this.count = 0;
    this.statements = [];
    this.parameters = [];
  }
}

type QueryConfig = { text: string; values?: unknown[] };
type PgResult = { rows: unknown[]; fields: unknown[]; rowCount: number | null };
const HELD_BEGIN: PgResult = { rows: [], fields: [], rowCount: null };

export interface Database {
  prisma: PrismaClient;
  pool: pg.Pool;
  statements: StatementCounter;
  close(): Promise<void>;
}

export function createDatabase(
  connectionString: string,
  options: { poolSize?: number; onIdleClientError?: (error: Error) => void } = {},
): Database {
  const pool = new pg.Pool({ connectionString, max: options.poolSize ?? 10, application_name: 'clientflow-api' });
  // An idle pooled connection that PostgreSQL ends (a restart, pg_terminate_backend, the embedded
  // cluster stopping: 57P01) is an 'error' event on the pool; the pool drops that client and makes
  // a new one when needed. Unheard, the event crashed the process: the SIGTERM test exited 1 in
  // about one run of five.
  pool.on('error', (error) => options.onIdleClientError?.(error));
  const statements = new StatementCounter();
  pool.on('connect', (client) => {
    const send = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
    const record = (text: string, values: unknown[] = []) => {
      statements.count += 1;
      // The request this query runs for (AsyncLocalStorage follows the call from its resolver).
      const request = currentRequest();
      if (request) request.statements += 1;
      if (statements.recordText) {
        statements.statements.push(text);
        statements.parameters.push(values);
      }
    };
    // Prisma opens a transaction with a lone BEGIN. We hold it back and send it with the next
    // statement when that one has no parameters (the request's begin_request call is written
    // that way), as one simple-protocol message: one round trip fewer per request.
    let beginHeld = false;
    const run = async (args: unknown[]): Promise<unknown> => {
      const config: QueryConfig = typeof args[0] === 'string' ? { text: args[0], values: args[1] as unknown[] } : (args[0] as QueryConfig);
      if (config.text === 'BEGIN' && !beginHeld) {
        beginHeld = true;
        return HELD_BEGIN;
      }
      if (beginHeld) {
        beginHeld = false;
        if (!config.values?.length && typeof args[0] === 'object') {
          record(`BEGIN; ${config.text}`);
          const results = (await send({ ...config, text: `BEGIN;\n${config.text}` })) as PgResult[];
          return results[results.length - 1];
        }
        record('BEGIN');
        await send('BEGIN');
      }
      record(config.text, config.values);
      return send(...args);
    };
    // Resolvers run concurrently on the request's single transaction connection. pg queues
    // overlapping queries itself but deprecates that (gone in pg 9), so queue them here.
    let tail: Promise<unknown> = Promise.resolve();
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      if (typeof args.at(-1) === 'function') return send(...args); // callback style: pg-pool internals
      const result = tail.then(() => run(args));
      tail = result.catch(() => {});
      return result;
    };
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    pool,
    statements,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
