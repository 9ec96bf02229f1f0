import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';

/** Counts the statements sent to PostgreSQL, for N+1 guards and the benchmark. */
export class StatementCounter {
  count = 0;
  statements: string[] = [];
  recordText = false;
  reset() {
    this.count = 0;
    this.statements = [];
  }
}

export interface Database {
  prisma: PrismaClient;
  pool: pg.Pool;
  statements: StatementCounter;
  close(): Promise<void>;
}

export function createDatabase(connectionString: string, options: { poolSize?: number } = {}): Database {
  const pool = new pg.Pool({ connectionString, max: options.poolSize ?? 10, application_name: 'clientflow-api' });
  const statements = new StatementCounter();
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
    // Resolvers run concurrently on the request's single transaction connection. pg queues
    // overlapping queries itself but deprecates that (gone in pg 9), so queue them here.
    let tail: Promise<unknown> = Promise.resolve();
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      statements.count += 1;
      if (statements.recordText) {
        const first = args[0] as string | { text: string };
        statements.statements.push(typeof first === 'string' ? first : first.text);
      }
      if (typeof args.at(-1) === 'function') return query(...args); // callback style: pg-pool internals
      const run = tail.then(() => query(...args));
      tail = run.catch(() => {});
      return run;
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
