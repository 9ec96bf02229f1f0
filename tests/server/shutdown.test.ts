import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { eventually } from '../helpers/eventually.js';
import { alive, startNpm, stopNpm, type NpmStart } from '../helpers/npm-start.js';

const UPDATE_COMPANY = 'mutation ($input: UpdateCompanyInput!) { updateCompany(input: $input) { company { id name } } }';
const CONTACTS = '{ contacts(first: 5) { totalCount edges { node { id fullName } } } }';

// What a container runtime does: SIGTERM to the process it started (`npm start`), under load.
describe('SIGTERM to npm start', () => {
  let dir: string;
  let npm: ChildProcess;
  let server: NpmStart | undefined;
  const output = () => server?.output() ?? '';
  let exited: Promise<number | null>;
  let url: string;
  let headers: Record<string, string>;
  let owner: pg.Client;
  let postmasterPid: number;

  beforeAll(async () => {
    server = await startNpm('shutdown', {
      // The requests below wait on a lock for a while on purpose.
      DATABASE_LOCK_TIMEOUT_MS: '20000',
      DATABASE_STATEMENT_TIMEOUT_MS: '20000',
      REQUEST_TIMEOUT_MS: '30000',
      DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '20000',
    });
    ({ dir, npm, exited, headers, owner, postmasterPid } = server);
    url = server.url;
  }, 120_000);

  afterAll(() => stopNpm(server));

  const post = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
  };

  it('answers every request sent before the signal in full, then stops the server and PostgreSQL', async () => {
    const { rows } = await owner.query('SELECT id FROM companies ORDER BY created_at LIMIT 1');
    const companyUuid: string = rows[0].id;
    const companyId = Buffer.from(`Company:${companyUuid}`).toString('base64');

    // In flight at the signal: eight updates queued behind a lock we hold (five in PostgreSQL,
    // three waiting for the organization's five connection slots), and a stream of reads. One
    // request first, so that the membership is known and every request queues by organization.
    expect((await post(CONTACTS)).body.errors).toBeUndefined();
    await owner.query('BEGIN');
    await owner.query('SELECT 1 FROM companies WHERE id = $1 FOR UPDATE', [companyUuid]);
    const updates = Array.from({ length: 8 }, (_, i) => post(UPDATE_COMPANY, { input: { id: companyId, name: `Renamed ${i}` } }));
    const reads: Promise<{ status: number; body: { errors?: unknown[] } }>[] = [];
    let signalled = false;
    const readLoop = (async () => {
      while (!signalled) {
        reads.push(post(CONTACTS));
        await new Promise((resolveWait) => setTimeout(resolveWait, 20));
      }
    })();
    await eventually(async () => {
      // pg_stat_clear_snapshot: inside the lock's transaction, pg_stat_activity would repeat its first answer.
      const waiting = await owner.query(
        "SELECT pg_stat_clear_snapshot(), count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND usename = 'clientflow_api'",
      );
      return waiting.rows[0].n === 5;
    }, 20_000);

    signalled = true;
    await readLoop;
    npm.kill('SIGTERM');
    // The server drains while the updates are still blocked; then the lock goes and they finish.
    await new Promise((resolveWait) => setTimeout(resolveWait, 500));
    await owner.query('COMMIT');

    for (const answer of await Promise.all(updates)) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    }
    expect(reads.length).toBeGreaterThan(0);
    for (const answer of await Promise.all(reads)) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    }
    await owner.end().catch(() => {});

    const code = await exited;
    // A wrong exit code shows what the server said.
    if (code !== 0) throw new Error(`npm start exited with ${code}:\n${output()}`);
    expect(output()).toMatch(/shutting down: draining in-flight requests/);
    // No orphan: the embedded PostgreSQL stopped and removed its pid file.
    await eventually(() => !alive(postmasterPid), 10_000);
    expect(existsSync(join(dir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 90_000);
});
