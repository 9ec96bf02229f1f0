/**
 * Concurrent requests that all reach the row at once, for the tests of the row locks
 * (src/db/row-locks.ts): a mutation that decides on what it read must not write after another
 * request changed it.
 *
 * A sleep cannot show that on a busy machine, so the test holds the rows the mutations decide
 * on itself (SELECT … FOR UPDATE in a transaction of its own, as a concurrent writer would).
 * The requests then start one at a time, each only once every earlier one waits on a row lock
 * (or has answered): behind the mutation's own lock when it takes one, otherwise at its first
 * write, after its reads. Then the test lets go. With the lock, the requests run one after the
 * other, each reading what the previous committed; without it, every one of them has read the
 * same state before any writes. Either way, every time: no timing is assumed.
 *
 * The request that waited first goes first. The order of the others is not fixed: once a
 * request has updated the row, its waiters compete for the new version. So a test states an
 * invariant that holds in every order, or starts only two requests.
 */
import pg from 'pg';
import type { TestApp } from './app.js';
import type { TenantsOptions } from './actors.js';

/**
 * Server settings for such tests: every request holds a connection while it waits, so the pool
 * is larger than the requests and all of it is the organization's (a tenant whose transactions
 * wait looks slow to the slot logic, which must not queue its requests in the app instead);
 * waiting on a lock while the others start may take a while on a loaded machine.
 */
export function lockStepOptions(options: TenantsOptions = {}): TenantsOptions {
  return {
    poolSize: 16,
    ...options,
    env: {
      DATABASE_POOL_TENANT_SHARE: '1',
      DATABASE_SLOW_TENANT_SLOTS: '16',
      REQUEST_TIMEOUT_MS: '60000',
      DATABASE_STATEMENT_TIMEOUT_MS: '60000',
      DATABASE_LOCK_TIMEOUT_MS: '60000',
      ...options.env,
    },
  };
}

/** A statement the test runs in its own transaction to hold rows, e.g. `SELECT 1 FROM deals WHERE id = $1 FOR UPDATE`. */
export interface Hold {
  sql: string;
  params?: unknown[];
}

/** Backends of this database that wait for a row lock (the row's, or the transaction's that holds it). */
async function lockWaiters(app: TestApp): Promise<number> {
  // app.owner runs no transaction: pg_stat_activity is read fresh each time.
  const result = await app.owner.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event IN ('tuple', 'transactionid')`,
  );
  return result.rows[0].n as number;
}

/**
 * Holds `holds` (each must lock at least one row), starts `requests` one after the other as
 * described above, lets go, and returns the responses in the order the requests started.
 */
export async function inLockStep<T>(app: TestApp, holds: Hold[], requests: (() => Promise<T>)[], timeoutMs = 30_000): Promise<T[]> {
  const holder = new pg.Client({ connectionString: app.ownerUrl });
  await holder.connect();
  const started: Promise<T>[] = [];
  let settled = 0;
  try {
    await holder.query('BEGIN');
    for (const hold of holds) {
      const locked = await holder.query(hold.sql, hold.params);
      if (!locked.rowCount) throw new Error(`inLockStep: this holds no row: ${hold.sql}`);
    }
    for (const request of requests) {
      const response = request();
      response.then(
        () => settled++,
        () => settled++,
      );
      started.push(response);
      const deadline = Date.now() + timeoutMs;
      while ((await lockWaiters(app)) < started.length - settled) {
        if (Date.now() > deadline) throw new Error(`inLockStep: request ${started.length} neither waits for a row lock nor answers`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    await holder.query('COMMIT');
    return await Promise.all(started);
  } finally {
    await holder.query('ROLLBACK').catch(() => {});
    // Whatever happened, no request is left waiting on the test's rows when the client closes.
    await holder.end();
    await Promise.allSettled(started);
  }
}
